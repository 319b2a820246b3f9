// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/customer_list_model.h"

#include "ledger/ledger.h"
#include "models/display_text.h"

#include <QBrush>
#include <QScopedValueRollback>

namespace recoup {

namespace {

CustomerQuery::Sort sortFor(int column)
{
    switch (column) {
    case CustomerListModel::Phone:
        return CustomerQuery::Sort::Phone;
    case CustomerListModel::Balance:
        return CustomerQuery::Sort::Balance;
    case CustomerListModel::Overdue:
        return CustomerQuery::Sort::Overdue;
    case CustomerListModel::Days:
        return CustomerQuery::Sort::DaysPastDue;
    case CustomerListModel::LastPaid:
        return CustomerQuery::Sort::LastPayment;
    default:
        return CustomerQuery::Sort::Name;
    }
}

bool isNumeric(int column)
{
    return column == CustomerListModel::Balance || column == CustomerListModel::Overdue
        || column == CustomerListModel::Days;
}

QVariant alignment(int column)
{
    // Dates are centred so they keep clear of the right-aligned days beside them.
    if (column == CustomerListModel::LastPaid)
        return QVariant(Qt::AlignHCenter | Qt::AlignVCenter);
    return isNumeric(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
}

} // namespace

CustomerListModel::CustomerListModel(Ledger &ledger, const CustomerDirectory &directory, QObject *parent)
    : KeyedTableModel(parent), m_ledger(ledger), m_directory(directory)
{
    connect(&m_ledger, &Ledger::changed, this, &CustomerListModel::booksChanged);
    reload(PageSize);
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerSummary &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case RawValueRole:
        return raw(row, index.column());
    case CustomerIdRole:
        return row.id;
    case Qt::TextAlignmentRole:
        return alignment(index.column());
    case Qt::ToolTipRole:
        // Tells apart customers of the same name. Tooltips guess at markup, so the
        // text is escaped inside explicit markup and shows exactly as stored.
        if (index.column() != Name)
            return {};
        return QStringLiteral("<p>%1</p>").arg(tr("Ref. %1").arg(row.ref).toHtmlEscaped());
    case Qt::ForegroundRole:
        if ((index.column() == Overdue || index.column() == Days) && row.daysPastDue > 0)
            return QBrush(DisplayText::lateColor(row.daysPastDue));
        // A stopped customer's flag in the warning colour: no more credit at the counter.
        if (index.column() == Flags && m_flags.value(row.id).creditStopped)
            return QBrush(DisplayText::warningColor());
        return {};
    default:
        return {};
    }
}

QVariant CustomerListModel::display(const CustomerSummary &row, int column) const
{
    switch (column) {
    case Name:
        return row.name;
    case Phone:
        return row.phone;
    case Balance:
        return DisplayText::balance(row.balance, m_ledger.currency());
    case Overdue:
        // Blank rather than a column of zeros: what is late stands out.
        return row.overdue ? DisplayText::money(row.overdue, m_ledger.currency()) : QString();
    case Days:
        return row.daysPastDue ? QLocale().toString(row.daysPastDue) : QString();
    case LastPaid:
        return DisplayText::date(row.lastPaymentDate);
    case Flags:
        return flagsText(m_flags.value(row.id));
    default:
        return {};
    }
}

QString CustomerListModel::flagsText(const CustomerFlags &flags)
{
    QStringList words;
    if (flags.creditStopped)
        words << tr("Credit stopped");
    if (flags.withAgency)
        words << tr("With agency");
    if (flags.inLegal)
        words << tr("In legal");
    if (flags.writtenOff)
        words << tr("Written off");
    return words.join(QStringLiteral(", "));
}

QVariant CustomerListModel::raw(const CustomerSummary &row, int column) const
{
    switch (column) {
    case Name:
        return row.name;
    case Phone:
        return row.phone;
    case Balance:
        return row.balance;
    case Overdue:
        return row.overdue;
    case Days:
        return row.daysPastDue;
    case LastPaid:
        return row.lastPaymentDate;
    case Flags:
        return flagsText(m_flags.value(row.id));
    default:
        return {};
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return alignment(section);
    if (role == Qt::ToolTipRole && section == Days)
        return tr("Days past due of the oldest overdue item");
    if (role == Qt::ToolTipRole && section == Flags)
        return tr("Credit stopped, a sale with a collection agency or in legal action, a sale written off");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Phone:
        return tr("Phone");
    case Balance:
        return tr("Balance");
    case Overdue:
        return tr("Overdue");
    case Days:
        return tr("Days");
    case LastPaid:
        return tr("Last paid");
    case Flags:
        return tr("Flags");
    default:
        return {};
    }
}

bool CustomerListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_updating && m_rows.size() < m_matches;
}

void CustomerListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const auto page = m_directory.page(m_query, int(m_rows.size()), PageSize);
    if (!page || page->isEmpty()) {
        // The book shrank under us, or cannot be read; stop asking.
        m_loadError = page ? QString() : page.error();
        m_matches = m_rows.size();
        Q_EMIT countsChanged();
        return;
    }
    const QList<CustomerSummary> &more = page.value();
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    const CustomerQuery::Sort sort = sortFor(column);
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_query.sort && descending == m_query.descending)
        return;
    m_query.sort = sort;
    m_query.descending = descending;
    reload(PageSize);
}

void CustomerListModel::setFilter(const QString &text)
{
    if (text == m_query.filter)
        return;
    m_query.filter = text;
    reload(PageSize);
}

void CustomerListModel::setShown(CustomerFlag flag, const std::optional<QList<qint64>> &only)
{
    if (flag == m_query.flag && only == m_query.only)
        return;
    m_query.flag = flag;
    m_query.only = only;
    reload(PageSize);
}

qint64 CustomerListModel::customerId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int CustomerListModel::rowOf(qint64 customerId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == customerId)
            return int(i);
    return -1;
}

void CustomerListModel::refresh()
{
    reload(std::max(int(m_rows.size()), PageSize));
}

void CustomerListModel::booksChanged(const ChangeSet &changes)
{
    // An import, or a write naming more customers than is worth patching: reset.
    const bool import = changes.everything && !changes.outside;
    if (import || changes.customers.size() > LargeChange)
        refresh();
    else
        update();
}

void CustomerListModel::update()
{
    // The same query as a reset, so no dearer; only the diff is new.
    auto next = read(std::max(int(m_rows.size()), PageSize));
    if (!next || !m_loadError.isEmpty()) {
        resetTo(std::move(next));
        return;
    }
    m_matches = next->matches;
    m_bookCount = next->bookCount;
    const QScopedValueRollback updating(m_updating, true);
    if (!patchRows(m_rows, next->rows, [](const CustomerSummary &row) { return row.id; })) {
        resetTo(std::move(next));
        return;
    }
    // A flag can change while the row's figures do not (credit stopped).
    const QHash<qint64, CustomerFlags> before = std::exchange(m_flags, next->flags);
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (before.value(m_rows.at(i).id) != m_flags.value(m_rows.at(i).id))
            Q_EMIT dataChanged(index(int(i), Flags), index(int(i), Flags));
    Q_EMIT countsChanged();
}

Result<CustomerListModel::Snapshot> CustomerListModel::read(int rows) const
{
    Snapshot snapshot;
    const auto matches = m_directory.count(m_query);
    if (!matches)
        return matches.failure();
    snapshot.matches = matches.value();
    const bool narrowed = !m_query.filter.trimmed().isEmpty() || m_query.flag != CustomerFlag::All || m_query.only;
    const auto all = narrowed ? m_directory.count(QString()) : matches;
    if (!all)
        return all.failure();
    snapshot.bookCount = all.value();
    auto page = m_directory.page(m_query, 0, rows);
    if (!page)
        return page.failure();
    snapshot.rows = std::move(page).value();
    auto flags = EscalationRecords(m_ledger.database()).customerFlags();
    if (!flags)
        return flags.failure();
    snapshot.flags = std::move(flags).value();
    return snapshot;
}

void CustomerListModel::reload(int rows)
{
    resetTo(read(rows));
}

void CustomerListModel::resetTo(Result<Snapshot> snapshot)
{
    // A book that cannot be read shows no rows and says why (loadError), never
    // an empty book.
    beginResetModel();
    m_loadError = snapshot ? QString() : snapshot.error();
    Snapshot read = snapshot ? std::move(snapshot).value() : Snapshot();
    m_matches = read.matches;
    m_bookCount = read.bookCount;
    m_rows = std::move(read.rows);
    m_flags = std::move(read.flags);
    endResetModel();
    Q_EMIT countsChanged();
}

} // namespace recoup
