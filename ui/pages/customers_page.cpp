// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/customers_page.h"

#include "collections/collections.h"
#include "core/clock.h"
#include "ledger/ledger.h"
#include "models/customer_list_model.h"
#include "models/display_text.h"
#include "pages/welcome_page.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace recoup {

namespace {
// Choices of the "Show" box from here on are ladder steps (by index); below, CustomerFlag values.
constexpr int StepChoice = 100;
} // namespace

CustomersPage::CustomersPage(Ledger &ledger, const CustomerDirectory &directory, QWidget *parent)
    : QWidget(parent), m_model(new CustomerListModel(ledger, directory, this)), m_ledger(ledger)
{
    auto *title = new QLabel(tr("Customers"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_count = new QLabel(this);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch();
    top->addWidget(m_count);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("search name, phone, ref ..."));
    m_search->setAccessibleName(tr("Search customers"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    // The filter is the model's SQL (no scan here); the first match is then highlighted,
    // so Enter always has a customer to open.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setFilter(text);
        if (!text.trimmed().isEmpty())
            moveCurrent(0);
    });
    connect(m_search, &QLineEdit::returnPressed, this, &CustomersPage::openCurrent);

    m_shown = new QComboBox(this);
    m_shown->setObjectName(QStringLiteral("shown"));
    m_shown->setToolTip(tr("Only the customers at a step of the reminders, or with a dispute, a promise or a plan."));
    fillShownBox();
    m_shownLabel = new QLabel(tr("Sho&w"), this);
    m_shownLabel->setBuddy(m_shown);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_shownLabel);
    searchRow->addWidget(m_shown);
    connect(m_shown, &QComboBox::currentIndexChanged, this, &CustomersPage::applyShown);
    // The steps may have been edited, and who is at a step moves with the books.
    connect(&ledger, &Ledger::changed, this, [this] {
        const QVariant choice = m_shown->currentData();
        fillShownBox();
        const QSignalBlocker block(m_shown);
        m_shown->setCurrentIndex(std::max(0, m_shown->findData(choice)));
        if (m_shown->currentData() != choice || choice.toInt() >= StepChoice)
            applyShown();
    });

    buildTable(ledger.currency());
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    m_welcome = new WelcomePage(ledger, this);
    m_stack->addWidget(m_welcome);
    connect(m_welcome, &WelcomePage::newCustomerRequested, this, &CustomersPage::newCustomerRequested);
    connect(m_welcome, &WelcomePage::demoRequested, this, &CustomersPage::demoRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addLayout(top);
    layout->addLayout(searchRow);
    layout->addWidget(m_stack, 1);

    connect(m_model, &CustomerListModel::countsChanged, this, &CustomersPage::updateCounts);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
        [this] { m_currentBeforeReset = currentCustomerId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { keepCurrent(m_currentBeforeReset); });
    updateCounts();
}

void CustomersPage::buildTable(const Currency &currency)
{
    m_table = new QTableView(this);
    m_table->setAccessibleName(tr("Customers"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CustomerListModel::Name, QHeaderView::Stretch);
    // Wide enough for a large amount, a long phone number or a date in the
    // system font and locale, with room to breathe; the name takes the rest.
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto fit = [&](int column, const QString &sample) {
        header->resizeSection(column, metrics.horizontalAdvance(sample) + 3 * metrics.averageCharWidth());
    };
    fit(CustomerListModel::Phone, QStringLiteral("+44 (20) 7946 05580"));
    fit(CustomerListModel::Balance, DisplayText::balance(-888888888, currency));
    fit(CustomerListModel::Overdue, DisplayText::money(888888888, currency));
    fit(CustomerListModel::Days, QStringLiteral("888888"));
    fit(CustomerListModel::LastPaid, DisplayText::date(QDate(2088, 12, 28)));
    fit(CustomerListModel::Flags, CustomerListModel::flagsText({ true, true, false, false }));
    header->setSortIndicator(CustomerListModel::Name, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->customerId(index.row()))
            Q_EMIT customerActivated(id);
    });
}

void CustomersPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

qint64 CustomersPage::currentCustomerId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->customerId(current.row()) : 0;
}

bool CustomersPage::eventFilter(QObject *watched, QEvent *event)
{
    // In the search field, Up and Down move the highlight through the matches
    // while the cursor stays where the typing goes on; Esc clears the search.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & ~Qt::KeypadModifier)
            return QWidget::eventFilter(watched, event);
        const int current = m_table->currentIndex().row();
        const int page = std::max(1, m_table->viewport()->height() / std::max(1, m_table->rowHeight(0)) - 1);
        switch (key->key()) {
        case Qt::Key_Down:
            moveCurrent(current + 1);
            return true;
        case Qt::Key_Up:
            moveCurrent(std::max(0, current - 1));
            return true;
        case Qt::Key_PageDown:
            moveCurrent(current + page);
            return true;
        case Qt::Key_PageUp:
            moveCurrent(std::max(0, current - page));
            return true;
        case Qt::Key_Escape:
            if (m_search->text().isEmpty())
                break;
            m_search->clear();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CustomersPage::moveCurrent(int row)
{
    // Past the rows fetched, the next page is read (the list is paged, never read whole).
    while (row >= m_model->rowCount() && m_model->canFetchMore(QModelIndex()))
        m_model->fetchMore(QModelIndex());
    row = std::min(row, m_model->rowCount() - 1);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, CustomerListModel::Name);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void CustomersPage::openCurrent()
{
    // Enter in the search field opens the highlighted customer, else the first one shown.
    if (!currentCustomerId())
        moveCurrent(0);
    if (const qint64 id = currentCustomerId())
        Q_EMIT customerActivated(id);
}

CustomerInput CustomersPage::newCustomerFromSearch() const
{
    // Only a search that found nobody: what was typed is the customer being looked for.
    CustomerInput details;
    const QString typed = m_search->text().simplified();
    if (typed.isEmpty() || m_model->matchCount() > 0 || !m_model->loadError().isEmpty())
        return details;
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 ()./-]*$"));
    const qsizetype digits = std::count_if(typed.cbegin(), typed.cend(), [](QChar c) { return c.isDigit(); });
    if (digits >= 3 && phone.match(typed).hasMatch())
        details.phone = typed;
    else
        details.name = typed;
    return details;
}

void CustomersPage::keepCurrent(qint64 customerId)
{
    const int row = customerId ? m_model->rowOf(customerId) : -1;
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, CustomerListModel::Name));
}

void CustomersPage::fillShownBox()
{
    const QSignalBlocker block(m_shown);
    m_shown->clear();
    m_shown->addItem(tr("All customers"), static_cast<int>(CustomerFlag::All));
    m_shown->addItem(tr("Owing"), static_cast<int>(CustomerFlag::Owing));
    m_shown->addItem(tr("Overdue"), static_cast<int>(CustomerFlag::Overdue));
    if (const auto policy = Collections(m_ledger).policy()) {
        for (int i = 0; i < policy->steps.size(); ++i)
            m_shown->addItem(tr("At step: %1").arg(CollectionPolicy::displayName(policy->steps.at(i))), StepChoice + i);
    }
    m_shown->addItem(tr("Disputed"), static_cast<int>(CustomerFlag::Disputed));
    m_shown->addItem(tr("Promised to pay"), static_cast<int>(CustomerFlag::Promised));
    m_shown->addItem(tr("On a payment plan"), static_cast<int>(CustomerFlag::OnPlan));
    m_shown->addItem(tr("Credit stopped"), static_cast<int>(CustomerFlag::CreditStopped));
    m_shown->addItem(tr("With a collection agency"), static_cast<int>(CustomerFlag::WithAgency));
    m_shown->addItem(tr("In legal"), static_cast<int>(CustomerFlag::InLegal));
    m_shown->addItem(tr("Written off"), static_cast<int>(CustomerFlag::WrittenOff));
}

void CustomersPage::applyShown()
{
    const int choice = m_shown->currentData().toInt();
    if (choice < StepChoice) {
        m_model->setShown(static_cast<CustomerFlag>(choice));
        return;
    }
    // The customers whose furthest open debt stands at that step today.
    const int step = choice - StepChoice;
    QHash<qint64, int> furthest;
    const auto list = Collections(m_ledger).worklist(m_ledger.clock().today());
    if (list)
        for (const DebtStanding &s : list->standings())
            furthest[s.customerId] = std::max(furthest.value(s.customerId, -1), s.stepIndex);
    QList<qint64> ids;
    for (auto it = furthest.cbegin(); it != furthest.cend(); ++it)
        if (it.value() == step)
            ids << it.key();
    m_model->setShown(CustomerFlag::All, ids);
}

void CustomersPage::updateCounts()
{
    if (!m_model->loadError().isEmpty()) {
        m_count->clear();
        m_empty->setText(tr("The customers cannot be shown. %1").arg(m_model->loadError()));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    const qint64 matches = m_model->matchCount();
    const qint64 all = m_model->bookCount();
    const QLocale locale;
    if (m_model->filter().trimmed().isEmpty() && m_shown->currentIndex() == 0)
        m_count->setText(all == 1 ? tr("1 customer") : tr("%1 customers").arg(locale.toString(all)));
    else
        m_count->setText(tr("%1 of %2 customers").arg(locale.toString(matches), locale.toString(all)));

    if (all == 0)
        m_empty->setText(tr("No customers yet — Import from a spreadsheet with recoup-cli import, or add one with "
                            "Ctrl+N."));
    else if (m_model->filter().trimmed().isEmpty())
        m_empty->setText(tr("No customer to show under “%1”.").arg(m_shown->currentText()));
    else
        m_empty->setText(tr("No customer matches “%1”. Check the spelling, search by phone or reference, or "
                            "press Ctrl+N to add “%1” as a new customer.")
                             .arg(m_model->filter().simplified()));
    // An empty book welcomes, with the ways to start, until its first customer
    // (the counts follow the ledger's change notice); nothing to search till then.
    const bool welcome = all == 0 && m_model->filter().trimmed().isEmpty() && m_shown->currentIndex() == 0;
    for (QWidget *searchRow : { static_cast<QWidget *>(m_search), static_cast<QWidget *>(m_shownLabel),
             static_cast<QWidget *>(m_shown), static_cast<QWidget *>(m_count) })
        searchRow->setVisible(!welcome);
    if (welcome)
        m_stack->setCurrentWidget(m_welcome);
    else
        m_stack->setCurrentWidget(matches == 0 ? static_cast<QWidget *>(m_empty) : m_table);
}

} // namespace recoup
