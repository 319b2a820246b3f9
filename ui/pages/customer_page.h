// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace recoup {

class Collections;
class Ledger;
class OpenItemsModel;
struct ChangeSet;
class TimelineModel;

/// One customer: who they are, what they owe (the largest text on the page),
/// their open items and the timeline of the selected one, and the actions of
/// the counter, each with its shortcut on the button.
class CustomerPage final : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerPage(Ledger &ledger, QWidget *parent = nullptr);
    ~CustomerPage() override;
    Q_DISABLE_COPY_MOVE(CustomerPage)

    void setCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }
    /// Reads the customer again, resetting the tables.
    void refresh();

    void recordPayment();
    void newSale();
    void editCustomer();
    void reverseSelectedEntry();
    /// The receipt of the payment selected in the timeline, in the print preview.
    void printSelectedReceipt();
    /// A statement of the customer's account (kind and date chosen in a dialog), previewed or saved.
    void printStatement();
    /// Stops the customer's credit, or resumes it when stopped.
    void stopOrResumeCredit();
    /// Refers the selected sale to an agency, or records what it collected or its recall.
    void agencySelected();
    void legalStepSelected();
    /// Writes the selected sale off, or records money recovered on it.
    void writeOffSelected();
    /// "Credit stopped since ...: reason" under the name; hidden when credit is open.
    QLabel *creditStopLabel() const { return m_creditStop; }
    /// Collections: a call or other contact, a promise to pay, a dispute about
    /// the selected sale (or its resolution), how the customer is reminded.
    void logContact();
    void recordPromise();
    void disputeSelected();
    void editLadder();
    void sendMessage();
    /// The pack for a collection agency or a court (the whole account or the selected sale) into a folder.
    void makePack();
    /// Turns the customer's open sales into a payment plan (the dialog previews it first).
    void makePaymentPlan();

    QLabel *nameLabel() const { return m_name; }
    QLabel *balanceLabel() const { return m_balance; }
    QLabel *overdueLabel() const { return m_overdue; }
    /// Where the customer stands on the ladder and how they pay.
    QLabel *standingLabel() const { return m_standing; }
    QTableView *openItemsView() const { return m_items; }
    QTableView *timelineView() const { return m_timeline; }
    /// Selects an open item by row, which shows its timeline.
    void selectOpenItem(int row);

Q_SIGNALS:
    void backRequested();

private:
    QWidget *buildHeader();
    QWidget *buildButtons();
    QWidget *buildCollectionButtons();
    void showStanding();
    QWidget *buildTables();
    QWidget *buildEscalationButtons();
    void showEscalation();
    QPushButton *addButton(const QString &label, const QKeySequence &shortcut, QWidget *parent);
    void booksChanged(const ChangeSet &changes);
    void showChanges();
    void showDetails();
    void showUnreadable(const QString &error);
    void showItemsOrWhy();
    void showSelectedDebt();
    void updateReverseButton();
    qint64 entryToReverse() const;
    /// The payment of the timeline's selected line (a payment or one of its allocations); 0 for none.
    qint64 selectedPayment() const;
    void openDialog(QDialog *dialog);

    Ledger &m_ledger;
    std::unique_ptr<Collections> m_collections;
    qint64 m_customerId = 0;
    qint64 m_selectedDebt = 0;
    OpenItemsModel *m_itemsModel = nullptr;
    TimelineModel *m_timelineModel = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_contact = nullptr;
    QLabel *m_limit = nullptr;
    QLabel *m_credit = nullptr;
    QLabel *m_balance = nullptr;
    QLabel *m_overdue = nullptr;
    QLabel *m_standing = nullptr;
    QLabel *m_timelineTitle = nullptr;
    QLabel *m_noItems = nullptr;
    QCheckBox *m_showPaid = nullptr;
    QTableView *m_items = nullptr;
    QTableView *m_timeline = nullptr;
    QPushButton *m_dispute = nullptr;
    QPushButton *m_reverse = nullptr;
    QPushButton *m_receipt = nullptr;
    QLabel *m_creditStop = nullptr;
    QPushButton *m_creditButton = nullptr;
    QPushButton *m_agencyButton = nullptr;
    QPushButton *m_legalButton = nullptr;
    QPushButton *m_writeOffButton = nullptr;
};

} // namespace recoup
