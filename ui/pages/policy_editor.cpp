// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/policy_editor.h"

#include "collections/collections.h"
#include "dialogs/dialog_support.h"
#include "ledger/change_set.h"
#include "ledger/ledger.h"
#include "models/choice_delegate.h"
#include "models/policy_steps_model.h"

#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace recoup {

namespace {

QPushButton *button(const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setAutoDefault(false);
    parent->layout()->addWidget(b);
    return b;
}

} // namespace

PolicyEditor::PolicyEditor(Ledger &ledger, QWidget *parent)
    : QWidget(parent),
      m_ledger(ledger),
      m_collections(std::make_unique<Collections>(ledger)),
      m_model(new PolicyStepsModel(this))
{
    auto *intro = new QLabel(tr("The polite steps Recoup asks for, counted from each sale's due date. Edit a cell "
                                "with F2 or a double click; Insert adds a step, Delete removes one. A step already "
                                "done for a sale stays done when the steps change."),
        this);
    intro->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setAccessibleName(tr("Reminder steps"));
    m_table->setObjectName(QStringLiteral("steps"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setSectionResizeMode(PolicyStepsModel::Name, QHeaderView::Stretch);
    m_table->setItemDelegateForColumn(
        PolicyStepsModel::Action, new ChoiceDelegate(PolicyStepsModel::actionChoices(), m_table));
    m_table->setItemDelegateForColumn(
        PolicyStepsModel::Channel, new ChoiceDelegate(PolicyStepsModel::channelChoices(), m_table));

    m_grace = new QSpinBox(this);
    m_grace->setObjectName(QStringLiteral("graceDays"));
    m_grace->setRange(0, CollectionPolicy::MaxGraceDays);
    m_grace->setSuffix(tr(" days"));
    m_grace->setToolTip(tr("Payments made this many days after a promise's date still count towards it."));
    m_gentle = new QSpinBox(this);
    m_gentle->setObjectName(QStringLiteral("gentleFactor"));
    m_gentle->setRange(1, CollectionPolicy::MaxGentleFactor);
    m_gentle->setPrefix(tr("× "));
    m_gentle->setToolTip(tr("For customers on the gentler steps, each step after the due date comes this many "
                            "times later (a step 14 days after comes 28 days after with × 2)."));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Days of &grace for a promise"), m_grace);
    form->addRow(tr("Gen&tler steps come later"), m_gentle);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buildButtons());

    const auto bind = [this](const QKeySequence &keys, auto slot, QWidget *scope) {
        auto *shortcut = new QShortcut(keys, scope);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    bind(
        QKeySequence(Qt::CTRL | Qt::Key_S), [this] { save(); }, this);
    bind(
        QKeySequence(Qt::Key_Insert), [this] { addStep(); }, m_table);
    bind(
        QKeySequence(Qt::Key_Delete), [this] { removeStep(); }, m_table);

    connect(m_model, &PolicyStepsModel::modified, this, &PolicyEditor::updateButtons);
    for (QSpinBox *spin : { m_grace, m_gentle })
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            m_settingsEdited = true;
            updateButtons();
        });
    connect(&m_ledger, &Ledger::changed, this, &PolicyEditor::booksChanged);
    load();
}

PolicyEditor::~PolicyEditor() = default;

QWidget *PolicyEditor::buildButtons()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    QPushButton *add = button(tr("&Add step   Insert"), bar);
    m_remove = button(tr("Re&move step   Delete"), bar);
    QPushButton *standard = button(tr("&Default steps"), bar);
    standard->setToolTip(tr("Puts the nine default steps in the editor; nothing is saved until you save."));
    row->addStretch();
    QPushButton *exportButton = button(tr("E&xport…"), bar);
    QPushButton *importButton = button(tr("&Import…"), bar);
    m_undo = button(tr("&Undo changes"), bar);
    m_save = button(tr("&Save   %1").arg(QKeySequence(Qt::CTRL | Qt::Key_S).toString(QKeySequence::NativeText)), bar);
    m_save->setObjectName(QStringLiteral("saveButton"));
    connect(add, &QPushButton::clicked, this, &PolicyEditor::addStep);
    connect(m_remove, &QPushButton::clicked, this, &PolicyEditor::removeStep);
    connect(standard, &QPushButton::clicked, this, &PolicyEditor::useDefault);
    connect(exportButton, &QPushButton::clicked, this, &PolicyEditor::chooseExportFile);
    connect(importButton, &QPushButton::clicked, this, &PolicyEditor::chooseImportFile);
    connect(m_undo, &QPushButton::clicked, this, &PolicyEditor::load);
    connect(m_save, &QPushButton::clicked, this, &PolicyEditor::save);
    return bar;
}

bool PolicyEditor::isModified() const
{
    return m_model->isModified() || m_settingsEdited;
}

void PolicyEditor::load()
{
    const auto policy = m_collections->policy();
    if (!policy) {
        setMessage(tr("The steps cannot be read. %1").arg(policy.error()), true);
        setEnabled(false);
        return;
    }
    m_saved = policy.value();
    show(m_saved);
    setMessage(QString(), false);
}

void PolicyEditor::show(const CollectionPolicy &policy)
{
    m_model->setSteps(policy.steps);
    {
        const QSignalBlocker graceBlock(m_grace);
        const QSignalBlocker gentleBlock(m_gentle);
        m_grace->setValue(policy.promiseGraceDays);
        m_gentle->setValue(policy.gentleFactor);
    }
    m_settingsEdited = false;
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(PolicyStepsModel::Name, QHeaderView::Stretch);
    updateButtons();
}

CollectionPolicy PolicyEditor::edited() const
{
    // What the editor does not show (other parts of the policy) is kept as saved.
    CollectionPolicy policy = m_saved;
    policy.steps = m_model->sortedSteps();
    policy.promiseGraceDays = m_grace->value();
    policy.gentleFactor = m_gentle->value();
    return policy;
}

bool PolicyEditor::save()
{
    const CollectionPolicy policy = edited();
    if (auto ok = policy.validate(); !ok) {
        setMessage(ok.error(), true);
        return false;
    }
    if (auto done = m_collections->savePolicy(policy); !done) {
        setMessage(done.error(), true);
        return false;
    }
    m_saved = policy;
    show(policy);
    setMessage(tr("Saved. Today's list follows these steps from now on."), false);
    return true;
}

void PolicyEditor::addStep()
{
    const int row = m_model->addStep(m_table->currentIndex().row());
    m_table->setCurrentIndex(m_model->index(row, PolicyStepsModel::Day));
    m_table->setFocus();
}

void PolicyEditor::removeStep()
{
    const int row = m_table->currentIndex().row();
    m_model->removeStep(row);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), PolicyStepsModel::Day));
}

void PolicyEditor::useDefault()
{
    CollectionPolicy standard = CollectionPolicy::defaultPolicy();
    m_model->setSteps(standard.steps);
    m_grace->setValue(standard.promiseGraceDays);
    m_gentle->setValue(standard.gentleFactor);
    // Marked as edited: the default is saved only with Save.
    m_settingsEdited = true;
    updateButtons();
    setMessage(tr("The default steps are in the editor: save to use them."), false);
}

bool PolicyEditor::exportTo(const QString &path)
{
    const auto json = m_collections->exportPolicy();
    if (!json) {
        setMessage(json.error(), true);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json.value()) != json->size() || !file.commit()) {
        setMessage(tr("The steps could not be written to %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    setMessage(tr("The saved steps were written to %1.").arg(path), false);
    return true;
}

bool PolicyEditor::importFrom(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setMessage(tr("%1 cannot be read: %2").arg(path, file.errorString()), true);
        return false;
    }
    if (auto done = m_collections->importPolicy(file.readAll()); !done) {
        setMessage(tr("Nothing was changed: %1").arg(done.error()), true);
        return false;
    }
    load();
    setMessage(tr("The steps of %1 are saved in the book.").arg(path), false);
    return true;
}

void PolicyEditor::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the steps"), QStringLiteral("collection-policy.json"), tr("Policy files (*.json)"));
    if (!path.isEmpty())
        exportTo(path);
}

void PolicyEditor::chooseImportFile()
{
    if (isModified()) {
        setMessage(tr("Save or undo your changes before importing steps."), true);
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Import steps"), QString(), tr("Policy files (*.json)"));
    if (!path.isEmpty())
        importFrom(path);
}

void PolicyEditor::setMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    if (problem)
        styleMessageLabel(m_message);
    else
        m_message->setPalette(QPalette());
}

void PolicyEditor::updateButtons()
{
    const bool modified = isModified();
    m_save->setEnabled(modified);
    m_undo->setEnabled(modified);
    m_remove->setEnabled(m_model->rowCount() > 0);
}

void PolicyEditor::booksChanged(const ChangeSet &changes)
{
    // Another program saved a policy: follow it, unless the owner is editing here.
    if (changes.outside && !isModified())
        load();
}

} // namespace recoup
