// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/customer_page.h"

#include "collections/collections.h"
#include "collections/payment_habits.h"
#include "core/clock.h"
#include "dialogs/agency_dialog.h"
#include "dialogs/contact_dialog.h"
#include "dialogs/credit_hold_dialog.h"
#include "dialogs/customer_dialog.h"
#include "dialogs/debt_dialog.h"
#include "dialogs/dispute_dialog.h"
#include "dialogs/ladder_dialog.h"
#include "dialogs/legal_dialog.h"
#include "dialogs/pack_dialog.h"
#include "dialogs/payment_dialog.h"
#include "dialogs/payment_plan_dialog.h"
#include "dialogs/receipt_preview.h"
#include "dialogs/reverse_entry_dialog.h"
#include "dialogs/send_message_dialog.h"
#include "dialogs/statement_dialog.h"
#include "dialogs/write_off_dialog.h"
#include "ledger/ledger.h"
#include "models/display_text.h"
#include "models/open_items_model.h"
#include "models/timeline_model.h"

#include <QAction>
#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace recoup {

namespace {

QLabel *plainLabel(QWidget *parent, qreal scale = 1.0, bool bold = false)
{
    // Names and addresses are shown exactly as typed, never as markup.
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    return label;
}

/// Columns as wide as their contents plus a gap, so figures do not run into
/// each other; one column takes what is left.
void fitColumns(QTableView *table, int stretchColumn)
{
    const int gap = 2 * table->fontMetrics().averageCharWidth();
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        if (column == stretchColumn)
            continue;
        table->resizeColumnToContents(column);
        table->horizontalHeader()->resizeSection(column, table->horizontalHeader()->sectionSize(column) + gap);
    }
}

QTableView *makeTable(QAbstractItemModel *model, int stretchColumn, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    QObject::connect(
        model, &QAbstractItemModel::modelReset, table, [table, stretchColumn] { fitColumns(table, stretchColumn); });
    return table;
}

QString shortcutText(const QKeySequence &shortcut)
{
    // As short as keyboards label the keys ("Ctrl+Mayús+P", not "Control+Mayúsculas+P"),
    // so the rows of buttons fit a 1366-pixel screen in every language.
    QString text = shortcut.toString(QKeySequence::PortableText);
    text.replace(QLatin1String("Shift+"), CustomerPage::tr("Shift", "the key, as keyboards label it") + u'+');
    text.replace(QLatin1String("Ctrl+"), CustomerPage::tr("Ctrl", "the key, as keyboards label it") + u'+');
    return text;
}

} // namespace

CustomerPage::CustomerPage(Ledger &ledger, QWidget *parent)
    : QWidget(parent),
      m_ledger(ledger),
      m_collections(std::make_unique<Collections>(ledger)),
      m_itemsModel(new OpenItemsModel(ledger, this)),
      m_timelineModel(new TimelineModel(ledger, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->addWidget(buildHeader());
    // Where the owner looks at the counter: no more credit for this customer.
    m_creditStop = plainLabel(this, 1.1, true);
    m_creditStop->setObjectName(QStringLiteral("creditStop"));
    QPalette warning = m_creditStop->palette();
    warning.setColor(QPalette::WindowText, DisplayText::warningColor());
    m_creditStop->setPalette(warning);
    m_creditStop->hide();
    layout->addWidget(m_creditStop);
    layout->addWidget(buildButtons());
    layout->addWidget(buildCollectionButtons());
    layout->addWidget(buildEscalationButtons());
    layout->addWidget(buildTables(), 1);

    // The page's own keys, as actions the window's menus show too; Ctrl+P and
    // Ctrl+N belong to the window, which sends them here.
    const auto bind = [this](const char *name, const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    bind("backAction", tr("Back to customers"), { QKeySequence(Qt::Key_Escape), QKeySequence(Qt::ALT | Qt::Key_Left) },
        [this] { Q_EMIT backRequested(); });
    bind("editAction", tr("Edit customer…"), { QKeySequence(Qt::CTRL | Qt::Key_E) }, [this] { editCustomer(); });
    bind("reverseAction", tr("Reverse entry…"), { QKeySequence(Qt::CTRL | Qt::Key_R) },
        [this] { reverseSelectedEntry(); });
    bind("receiptAction", tr("Receipt of the payment…"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R) },
        [this] { printSelectedReceipt(); });
    bind("logContactAction", tr("Log contact…"), { QKeySequence(Qt::CTRL | Qt::Key_L) }, [this] { logContact(); });
    bind("promiseAction", tr("Promise to pay…"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P) },
        [this] { recordPromise(); });
    bind("planAction", tr("Payment plan…"), { QKeySequence(Qt::CTRL | Qt::Key_I) }, [this] { makePaymentPlan(); });
    bind("disputeAction", tr("Dispute…"), { QKeySequence(Qt::CTRL | Qt::Key_D) }, [this] { disputeSelected(); });
    bind("remindersAction", tr("Reminders…"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L) },
        [this] { editLadder(); });
    bind("creditAction", tr("Stop or resume credit…"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S) },
        [this] { stopOrResumeCredit(); });
    bind("agencyAction", tr("Collection agency…"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G) },
        [this] { agencySelected(); });
    bind("legalAction", tr("Legal step…"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J) },
        [this] { legalStepSelected(); });
    bind("writeOffAction", tr("Write off or recovery…"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W) },
        [this] { writeOffSelected(); });
    bind("statementAction", tr("Statement…"), { QKeySequence(Qt::CTRL | Qt::Key_T) }, [this] { printStatement(); });
    bind("messageAction", tr("Message…"), { QKeySequence(Qt::CTRL | Qt::Key_M) }, [this] { sendMessage(); });
    bind("packAction", tr("Pack for agency or court…"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A) },
        [this] { makePack(); });

    connect(&m_ledger, &Ledger::changed, this, &CustomerPage::booksChanged);
}

CustomerPage::~CustomerPage() = default;

QWidget *CustomerPage::buildHeader()
{
    auto *header = new QWidget(this);
    auto *back = new QPushButton(tr("< Customers   %1").arg(shortcutText(QKeySequence(Qt::Key_Escape))), header);
    back->setFlat(true);
    back->setFocusPolicy(Qt::NoFocus);
    connect(back, &QPushButton::clicked, this, &CustomerPage::backRequested);

    m_name = plainLabel(header, 1.7, true);
    m_contact = plainLabel(header);
    m_limit = plainLabel(header);
    m_credit = plainLabel(header);

    auto *balanceCaption = new QLabel(tr("Balance"), header);
    balanceCaption->setAlignment(Qt::AlignRight | Qt::AlignBottom);
    m_balance = plainLabel(header, 2.6, true);
    m_balance->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_overdue = plainLabel(header, 1.1);
    m_overdue->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_standing = plainLabel(header);
    m_standing->setObjectName(QStringLiteral("standing"));

    auto *grid = new QGridLayout(header);
    grid->setContentsMargins(0, 0, 0, 4);
    grid->addWidget(back, 0, 0, Qt::AlignLeft);
    grid->addWidget(m_name, 1, 0);
    grid->addWidget(m_contact, 2, 0);
    grid->addWidget(m_limit, 3, 0);
    grid->addWidget(m_credit, 4, 0);
    grid->addWidget(balanceCaption, 0, 1, 2, 1, Qt::AlignRight | Qt::AlignBottom);
    grid->addWidget(m_balance, 2, 1, 2, 1);
    grid->addWidget(m_overdue, 4, 1);
    grid->addWidget(m_standing, 5, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    return header;
}

QPushButton *CustomerPage::addButton(const QString &label, const QKeySequence &shortcut, QWidget *parent)
{
    // The shortcut is written on the button so it can be learnt by looking.
    auto *button = new QPushButton(tr("%1   %2").arg(label, shortcutText(shortcut)), parent);
    button->setAutoDefault(false);
    parent->layout()->addWidget(button);
    return button;
}

QWidget *CustomerPage::buildButtons()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 4, 0, 4);
    QPushButton *pay = addButton(tr("Record payment"), QKeySequence(Qt::CTRL | Qt::Key_P), bar);
    QPushButton *sale = addButton(tr("New sale"), QKeySequence(Qt::CTRL | Qt::Key_N), bar);
    QPushButton *edit = addButton(tr("Edit customer"), QKeySequence(Qt::CTRL | Qt::Key_E), bar);
    m_reverse = addButton(tr("Reverse entry"), QKeySequence(Qt::CTRL | Qt::Key_R), bar);
    m_receipt = addButton(tr("Receipt"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), bar);
    m_receipt->setObjectName(QStringLiteral("receiptButton"));
    m_receipt->setEnabled(false);
    QPushButton *statement = addButton(tr("Statement"), QKeySequence(Qt::CTRL | Qt::Key_T), bar);
    statement->setObjectName(QStringLiteral("statementButton"));
    statement->setToolTip(tr("A statement of this customer's account as of any date, to preview, print or save."));
    connect(statement, &QPushButton::clicked, this, &CustomerPage::printStatement);
    m_receipt->setToolTip(tr("Preview and print the receipt of the payment selected in the timeline."));
    row->addStretch();
    connect(m_receipt, &QPushButton::clicked, this, &CustomerPage::printSelectedReceipt);
    connect(pay, &QPushButton::clicked, this, &CustomerPage::recordPayment);
    connect(sale, &QPushButton::clicked, this, &CustomerPage::newSale);
    connect(edit, &QPushButton::clicked, this, &CustomerPage::editCustomer);
    connect(m_reverse, &QPushButton::clicked, this, &CustomerPage::reverseSelectedEntry);
    return bar;
}

QWidget *CustomerPage::buildCollectionButtons()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 4);
    QPushButton *contact = addButton(tr("Log contact"), QKeySequence(Qt::CTRL | Qt::Key_L), bar);
    QPushButton *promise = addButton(tr("Promise to pay"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), bar);
    QPushButton *plan = addButton(tr("Payment plan…"), QKeySequence(Qt::CTRL | Qt::Key_I), bar);
    plan->setObjectName(QStringLiteral("planButton"));
    plan->setToolTip(tr("Turn the open sales into installments, each due on its own date."));
    connect(plan, &QPushButton::clicked, this, &CustomerPage::makePaymentPlan);
    m_dispute = addButton(tr("Dispute"), QKeySequence(Qt::CTRL | Qt::Key_D), bar);
    QPushButton *ladder = addButton(tr("Reminders"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), bar);
    QPushButton *message = addButton(tr("Message…"), QKeySequence(Qt::CTRL | Qt::Key_M), bar);
    message->setObjectName(QStringLiteral("messageButton"));
    message->setToolTip(tr("A reminder by e-mail, SMS or WhatsApp, from the step's template."));
    connect(message, &QPushButton::clicked, this, &CustomerPage::sendMessage);
    row->addStretch();
    contact->setToolTip(tr("A call, visit, letter or message: its outcome, a note and a follow-up date."));
    m_dispute->setToolTip(tr("Open a dispute about the selected sale, or resolve its open dispute."));
    ladder->setToolTip(tr("Standard, gentler or paused reminders for this customer, and channels not to use."));
    connect(contact, &QPushButton::clicked, this, &CustomerPage::logContact);
    connect(promise, &QPushButton::clicked, this, &CustomerPage::recordPromise);
    connect(m_dispute, &QPushButton::clicked, this, &CustomerPage::disputeSelected);
    connect(ladder, &QPushButton::clicked, this, &CustomerPage::editLadder);
    return bar;
}

QWidget *CustomerPage::buildEscalationButtons()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 4);
    m_creditButton = addButton(tr("Stop credit"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), bar);
    m_creditButton->setObjectName(QStringLiteral("creditButton"));
    m_agencyButton = addButton(tr("Agency"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), bar);
    m_legalButton = addButton(tr("Legal step"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J), bar);
    m_writeOffButton = addButton(tr("Write off"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), bar);
    m_writeOffButton->setObjectName(QStringLiteral("writeOffButton"));
    QPushButton *pack = addButton(tr("Pack for agency or court…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), bar);
    pack->setObjectName(QStringLiteral("packButton"));
    pack->setAccessibleName(tr("Pack for agency or court"));
    pack->setToolTip(tr("One PDF with the statement, contacts, promises, disputes, letters sent and an extract of "
                        "the audit chain, plus the same as CSV, for a collection agency or a court."));
    row->addStretch();
    m_agencyButton->setToolTip(tr("Refer the selected sale to a collection agency, or record what the agency "
                                  "collected, or recall it."));
    m_legalButton->setToolTip(tr("Letter before action, claim filed, judgment, enforcement or claim withdrawn, on "
                                 "the selected sale."));
    m_writeOffButton->setToolTip(tr("Write the selected sale off as bad debt; for a sale written off (shown with "
                                    "paid sales), record money recovered."));
    connect(m_creditButton, &QPushButton::clicked, this, &CustomerPage::stopOrResumeCredit);
    connect(m_agencyButton, &QPushButton::clicked, this, &CustomerPage::agencySelected);
    connect(m_legalButton, &QPushButton::clicked, this, &CustomerPage::legalStepSelected);
    connect(m_writeOffButton, &QPushButton::clicked, this, &CustomerPage::writeOffSelected);
    connect(pack, &QPushButton::clicked, this, &CustomerPage::makePack);
    return bar;
}

void CustomerPage::showEscalation()
{
    // The stop, and the words of the buttons that do one thing or its opposite.
    const auto stop = m_customerId ? m_ledger.credit().currentStop(m_customerId)
                                   : Result<std::optional<CreditHold>>(std::optional<CreditHold>());
    const bool stopped = stop && stop.value().has_value();
    m_creditStop->setVisible(stopped);
    if (stopped)
        m_creditStop->setText(
            tr("Credit stopped since %1: %2").arg(DisplayText::date(stop.value()->date), stop.value()->reason));
    const auto shortcut = [](int key) { return shortcutText(QKeySequence(Qt::CTRL | Qt::SHIFT | key)); };
    m_creditButton->setText(tr("%1   %2").arg(stopped ? tr("Resume credit") : tr("Stop credit"), shortcut(Qt::Key_S)));
    const EscalationRecords records(m_ledger.database());
    const auto referral = m_selectedDebt ? records.activeReferral(m_selectedDebt)
                                         : Result<std::optional<AgencyReferral>>(std::optional<AgencyReferral>());
    m_agencyButton->setText(tr("%1   %2").arg(
        referral && referral.value() ? tr("Agency collection or recall") : tr("Refer to agency"), shortcut(Qt::Key_G)));
    const auto debt = m_selectedDebt ? m_ledger.debt(m_selectedDebt) : Result<Debt>(Error{});
    const bool recovery = debt && debt->openAmount <= 0;
    m_writeOffButton->setText(
        tr("%1   %2").arg(recovery ? tr("Record recovery") : tr("Write off"), shortcut(Qt::Key_W)));
    for (QPushButton *button : { m_agencyButton, m_legalButton, m_writeOffButton })
        button->setEnabled(m_selectedDebt != 0);
    m_creditButton->setEnabled(m_customerId != 0);
}

QWidget *CustomerPage::buildTables()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("customerSplitter")); // the window keeps its sizes

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 4, 0);
    auto *itemsTitle = new QLabel(tr("Open items"), left);
    QFont bold = itemsTitle->font();
    bold.setBold(true);
    itemsTitle->setFont(bold);
    m_items = makeTable(m_itemsModel, OpenItemsModel::Late, left);
    m_items->setAccessibleName(tr("Open items"));
    m_noItems = new QLabel(left);
    m_noItems->setObjectName(QStringLiteral("noItems"));
    m_noItems->setTextFormat(Qt::PlainText);
    m_noItems->setAlignment(Qt::AlignCenter);
    m_noItems->setWordWrap(true);
    m_showPaid = new QCheckBox(tr("Show &paid sales"), left);
    m_showPaid->setObjectName(QStringLiteral("showPaid"));
    m_showPaid->setToolTip(tr("List paid sales too, to see their history or reverse a payment on them."));
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(itemsTitle);
    titleRow->addStretch();
    titleRow->addWidget(m_showPaid);
    leftLayout->addLayout(titleRow);
    leftLayout->addWidget(m_items, 1);
    leftLayout->addWidget(m_noItems, 1);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 0, 0, 0);
    m_timelineTitle = plainLabel(right);
    m_timelineTitle->setFont(bold);
    m_timeline = makeTable(m_timelineModel, TimelineModel::What, right);
    m_timeline->setAccessibleName(tr("Timeline"));
    rightLayout->addWidget(m_timelineTitle);
    rightLayout->addWidget(m_timeline, 1);

    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 5);
    splitter->setChildrenCollapsible(false);

    connect(m_items->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CustomerPage::showSelectedDebt);
    connect(m_showPaid, &QCheckBox::toggled, this, [this](bool on) {
        m_itemsModel->setIncludePaid(on);
        refresh();
    });
    connect(m_timeline->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &CustomerPage::updateReverseButton);
    connect(m_timelineModel, &QAbstractItemModel::modelReset, this, &CustomerPage::updateReverseButton);
    return splitter;
}

void CustomerPage::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    m_selectedDebt = 0;
    refresh();
}

void CustomerPage::refresh()
{
    const qint64 keepDebt = m_selectedDebt;
    m_itemsModel->setCustomer(m_customerId);
    showDetails();
    showItemsOrWhy();
    // The same debt stays selected while it is open; else the oldest.
    const int row = m_itemsModel->rowOf(keepDebt);
    selectOpenItem(row >= 0 ? row : 0);
}

void CustomerPage::booksChanged(const ChangeSet &changes)
{
    if (m_customerId && (changes.everything || changes.customers.contains(m_customerId)))
        showChanges();
}

void CustomerPage::showChanges()
{
    // Only the rows that changed: the selected item and the scroll position stay.
    m_itemsModel->update();
    showDetails();
    showItemsOrWhy();
    if (m_items->currentIndex().isValid())
        showSelectedDebt();
    else
        selectOpenItem(0);
}

void CustomerPage::showItemsOrWhy()
{
    const bool any = m_itemsModel->rowCount() > 0;
    // A book that cannot be read says so, rather than looking paid up.
    const QString error = m_itemsModel->loadError();
    m_noItems->setText(error.isEmpty() ? tr("Nothing open: every sale is paid. New sale with Ctrl+N.")
                                       : tr("The open items cannot be shown. %1").arg(error));
    m_items->setVisible(any);
    m_noItems->setVisible(!any);
    if (!any) {
        m_selectedDebt = 0;
        m_timelineModel->setDebt(0);
        m_timelineTitle->setText(tr("Timeline"));
        showEscalation();
    }
}

void CustomerPage::showDetails()
{
    const auto customer = m_ledger.customer(m_customerId);
    if (!customer) {
        showUnreadable(customer.error());
        return;
    }
    const CustomerInput &d = customer->details;
    const Currency &currency = m_ledger.currency();
    m_name->setText(d.name);
    QStringList contact;
    for (const QString &part : { d.phone, d.email, d.address })
        if (!part.isEmpty())
            contact.append(QString(part).replace(QLatin1Char('\n'), QLatin1String(", ")));
    contact.append(tr("ref. %1").arg(d.ref));
    m_contact->setText(contact.join(QStringLiteral(" · ")));
    m_limit->setText(d.creditLimit ? tr("Credit limit %1").arg(DisplayText::money(*d.creditLimit, currency))
                                   : tr("No credit limit"));
    m_credit->setText(customer->credit > 0
            ? tr("Unapplied credit %1 (goes to the next sale)").arg(DisplayText::money(customer->credit, currency))
            : QString());
    m_credit->setVisible(customer->credit > 0);
    m_balance->setText(DisplayText::balance(customer->balance, currency));
    showEscalation();
    showStanding();

    const qint64 overdue = m_itemsModel->overdue();
    const int days = m_itemsModel->oldestDaysPastDue();
    if (overdue > 0) {
        m_overdue->setText(tr("Overdue %1 (%2)").arg(DisplayText::money(overdue, currency), DisplayText::days(days)));
        QPalette palette = m_overdue->palette();
        palette.setColor(QPalette::WindowText, DisplayText::lateColor(days));
        m_overdue->setPalette(palette);
    } else {
        m_overdue->setText(tr("Nothing overdue"));
        m_overdue->setPalette(QPalette());
    }
}

void CustomerPage::showStanding()
{
    // Where the ladder stands: the highest step any open sale has reached, or why it waits.
    const QDate today = m_ledger.clock().today();
    const auto policy = m_collections->policy();
    const auto list = policy ? m_collections->worklist(today, m_customerId) : Result<Worklist>(policy.failure());
    const auto habits = policy ? PaymentHabits::read(m_ledger.database(), m_customerId, today, policy->promiseGraceDays)
                               : Result<PaymentHabits>(policy.failure());
    if (!list || !habits) {
        m_standing->setText(tr("Reminders cannot be shown. %1").arg(!list ? list.error() : habits.error()));
        return;
    }
    QStringList parts;
    const DebtStanding *furthest = nullptr;
    for (const DebtStanding &s : list->standings())
        if (s.stepIndex >= 0 && (!furthest || s.stepIndex > furthest->stepIndex))
            furthest = &s;
    if (furthest)
        parts << tr("Step: %1 (%2)")
                     .arg(CollectionPolicy::displayName(policy->steps.at(furthest->stepIndex)), furthest->debtRef);
    for (const DebtStanding &s : list->standings())
        if (s.pause != LadderPause::None) {
            parts << tr("%1 waits: %2").arg(s.debtRef, Worklist::pauseLabel(s.pause));
            break;
        }
    if (habits->paidItems == 0)
        parts << tr("No sale paid yet");
    else if (habits->averageDaysLate == 0)
        parts << tr("Pays on time");
    else
        parts << tr("Pays %1 late on average").arg(DisplayText::days(habits->averageDaysLate));
    if (habits->keptRate() >= 0)
        parts << tr("Promises kept: %1 of %2")
                     .arg(habits->promisesKept)
                     .arg(habits->promisesKept + habits->promisesBroken);
    m_standing->setText(parts.join(QStringLiteral(" · ")));
}

void CustomerPage::showUnreadable(const QString &error)
{
    // Says why, and leaves no figure of before on show as if it were now.
    m_name->setText(tr("This customer cannot be shown"));
    m_contact->setText(error);
    for (QLabel *label : { m_limit, m_credit, m_balance, m_overdue, m_standing })
        label->clear();
}

void CustomerPage::selectOpenItem(int row)
{
    if (row < 0 || row >= m_itemsModel->rowCount())
        return;
    m_items->setCurrentIndex(m_itemsModel->index(row, OpenItemsModel::Ref));
    // A reset model does not always report a new current row; show it anyway.
    showSelectedDebt();
}

void CustomerPage::showSelectedDebt()
{
    const QModelIndex current = m_items->currentIndex();
    const qint64 debtId = current.isValid() ? m_itemsModel->debtId(current.row()) : 0;
    m_selectedDebt = debtId;
    m_timelineModel->setDebt(debtId);
    m_dispute->setEnabled(debtId != 0);
    const QString ref
        = current.isValid() ? m_itemsModel->index(current.row(), OpenItemsModel::Ref).data().toString() : QString();
    m_timelineTitle->setText(ref.isEmpty() ? tr("Timeline") : tr("Timeline of %1").arg(ref));
    showEscalation();
    if (!m_timelineModel->loadError().isEmpty())
        m_timelineTitle->setText(tr("The timeline cannot be shown. %1").arg(m_timelineModel->loadError()));
}

qint64 CustomerPage::entryToReverse() const
{
    const QModelIndex current = m_timeline->currentIndex();
    if (!current.isValid() || !m_timelineModel->isReversible(current.row()))
        return 0;
    const qint64 id = m_timelineModel->entryId(current.row());
    // A payment line on a debt is one part of a payment: reverse the payment itself.
    const auto entry = m_ledger.entry(id);
    if (entry && entry->kind == EntryKind::Allocation && entry->paymentId)
        return entry->paymentId;
    return id;
}

void CustomerPage::updateReverseButton()
{
    const QModelIndex current = m_timeline->currentIndex();
    m_reverse->setEnabled(current.isValid() && m_timelineModel->isReversible(current.row()));
    m_receipt->setEnabled(selectedPayment() != 0);
}

qint64 CustomerPage::selectedPayment() const
{
    const QModelIndex current = m_timeline->currentIndex();
    if (!current.isValid())
        return 0;
    const auto entry = m_ledger.entry(m_timelineModel->entryId(current.row()));
    if (!entry)
        return 0;
    if (entry->kind == EntryKind::Payment)
        return entry->id;
    return entry->kind == EntryKind::Allocation ? entry->paymentId : 0;
}

void CustomerPage::printStatement()
{
    if (m_customerId)
        openDialog(new StatementDialog(m_ledger, m_customerId, this));
}

void CustomerPage::printSelectedReceipt()
{
    const qint64 payment = selectedPayment();
    if (payment == 0)
        return;
    if (auto preview = ReceiptPreview::open(this, m_ledger, payment); !preview)
        QMessageBox::warning(this, tr("Receipt"), preview.error());
}

void CustomerPage::openDialog(QDialog *dialog)
{
    // open(), not exec(): the window keeps running its event loop, and tests can type into the dialog.
    // What the dialog saves comes back as the ledger's change notice.
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CustomerPage::recordPayment()
{
    if (m_customerId)
        openDialog(new PaymentDialog(m_ledger, m_customerId, this));
}

void CustomerPage::newSale()
{
    if (m_customerId)
        openDialog(new DebtDialog(m_ledger, m_customerId, this));
}

void CustomerPage::editCustomer()
{
    if (m_customerId)
        openDialog(new CustomerDialog(m_ledger, m_customerId, this));
}

void CustomerPage::stopOrResumeCredit()
{
    if (m_customerId)
        openDialog(new CreditHoldDialog(m_ledger, m_customerId, this));
}

void CustomerPage::agencySelected()
{
    if (m_selectedDebt)
        openDialog(new AgencyDialog(m_ledger, m_selectedDebt, this));
}

void CustomerPage::legalStepSelected()
{
    if (m_selectedDebt)
        openDialog(new LegalDialog(m_ledger, m_selectedDebt, this));
}

void CustomerPage::writeOffSelected()
{
    if (m_selectedDebt)
        openDialog(new WriteOffDialog(m_ledger, m_selectedDebt, this));
}

void CustomerPage::reverseSelectedEntry()
{
    if (const qint64 id = entryToReverse())
        openDialog(new ReverseEntryDialog(m_ledger, id, this));
}

void CustomerPage::logContact()
{
    if (m_customerId)
        openDialog(new ContactDialog(*m_collections, m_customerId, m_selectedDebt, this));
}

void CustomerPage::recordPromise()
{
    if (!m_customerId)
        return;
    auto *dialog = new ContactDialog(*m_collections, m_customerId, 0, this);
    dialog->startWithPromise();
    openDialog(dialog);
}

void CustomerPage::disputeSelected()
{
    if (m_selectedDebt)
        openDialog(new DisputeDialog(*m_collections, m_selectedDebt, this));
}

void CustomerPage::sendMessage()
{
    if (m_customerId)
        openDialog(new SendMessageDialog(m_ledger, m_customerId, this));
}

void CustomerPage::makePack()
{
    if (m_customerId)
        // The whole account first: a sale is always selected on the page, but an agency or a
        // court is handed the customer; one sale is a choice in the dialog.
        openDialog(new PackDialog(m_ledger, m_customerId, 0, this));
}

void CustomerPage::editLadder()
{
    if (m_customerId)
        openDialog(new LadderDialog(*m_collections, m_customerId, this));
}

void CustomerPage::makePaymentPlan()
{
    if (m_customerId)
        openDialog(new PaymentPlanDialog(*m_collections, m_customerId, this));
}

} // namespace recoup
