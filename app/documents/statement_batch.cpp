// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/statement_batch.h"

#include "aging/statement_reader.h"
#include "collections/document_register.h"
#include "db/database.h"
#include "db/transaction.h"
#include "documents/statement_document.h"
#include "ledger/ledger.h"

#include <QDir>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace recoup {

namespace {

struct Written
{
    qint64 customerId = 0;
    QString fileName;
    QString sha256;
};

} // namespace

StatementBatch::StatementBatch(Ledger &ledger, StatementKind kind, QDate from, QDate asOf)
    : m_ledger(ledger), m_kind(kind), m_from(from), m_asOf(asOf)
{ }

Result<StatementKind> StatementBatch::kindFromKey(const QString &key)
{
    if (key.isEmpty() || key == QLatin1String("open-item"))
        return StatementKind::OpenItem;
    if (key == QLatin1String("balance-forward"))
        return StatementKind::BalanceForward;
    if (key == QLatin1String("activity"))
        return StatementKind::Activity;
    return Error{ tr("“%1” is not a kind of statement: give open-item, balance-forward or activity.").arg(key) };
}

QString StatementBatch::kindKey(StatementKind kind)
{
    switch (kind) {
    case StatementKind::OpenItem:
        return QStringLiteral("open-item");
    case StatementKind::BalanceForward:
        return QStringLiteral("balance-forward");
    case StatementKind::Activity:
        return QStringLiteral("activity");
    }
    return {};
}

Result<StatementBatch::Outcome> StatementBatch::run(const QString &folder, Output output, const Progress &progress)
{
    Database &db = m_ledger.database();
    auto reader = StatementReader::prepare(db, m_kind, m_from, m_asOf);
    if (!reader)
        return reader.failure();
    QList<qint64> customers = m_customers.isEmpty() ? reader->customersWithBalance() : m_customers;
    if (m_limit > 0 && customers.size() > m_limit)
        customers.resize(m_limit);
    const BusinessDetails business = BusinessDetails::load(db);
    const Letterhead letterhead(business);
    const PaperSize size = Paper::forCountry(business.value(BusinessDetails::Country));
    const QDir dir(folder);

    Outcome outcome;
    outcome.total = static_cast<int>(customers.size());
    QList<Written> written;
    Result<void> failed;

    if (output == Output::FilePerCustomer) {
        for (const qint64 id : customers) {
            auto statement = reader->statement(id);
            if (!statement) {
                failed = statement.failure();
                break;
            }
            const StatementDocument document(statement.value(), letterhead, db.currency(), size);
            const QByteArray pdf = document.pdf();
            const QString path = dir.filePath(document.fileName());
            if (auto done = Paper::writeFile(path, pdf); !done) {
                failed = done;
                break;
            }
            written.append({ id, document.fileName(), DocumentRegister::sha256(pdf) });
            outcome.files << path;
            ++outcome.statements;
            if (progress && !progress(outcome.statements, outcome.total)) {
                outcome.cancelled = true;
                break;
            }
        }
    } else {
        const QString name
            = QStringLiteral("statements-%1-%2.pdf").arg(m_asOf.toString(QStringLiteral("yyyy-MM")), kindKey(m_kind));
        const QString path = dir.filePath(name);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Error{ tr("Cannot write “%1”: %2").arg(path, file.errorString()) };
        QList<qint64> included;
        {
            QPdfWriter writer(&file);
            writer.setTitle(tr("Statements of %1").arg(m_asOf.toString(QStringLiteral("yyyy-MM"))));
            writer.setCreator(QStringLiteral("Recoup"));
            writer.setResolution(300);
            QTextDocument probe;
            Paper::setUp(probe, writer, size);
            QPainter painter(&writer);
            for (const qint64 id : customers) {
                auto statement = reader->statement(id);
                if (!statement) {
                    failed = statement.failure();
                    break;
                }
                StatementDocument(statement.value(), letterhead, db.currency(), size)
                    .print(writer, painter, !included.isEmpty());
                included << id;
                if (progress && !progress(static_cast<int>(included.size()), outcome.total)) {
                    outcome.cancelled = true;
                    break;
                }
            }
        }
        if (!failed || !included.isEmpty()) {
            if (!file.commit())
                return Error{ tr("Cannot write “%1”: %2").arg(path, file.errorString()) };
            QFile back(path);
            if (!back.open(QIODevice::ReadOnly))
                return Error{ tr("Cannot read “%1”: %2").arg(path, back.errorString()) };
            const QString sha = DocumentRegister::sha256(back.readAll());
            for (const qint64 id : included)
                written.append({ id, name, sha });
            outcome.files << path;
            outcome.statements = static_cast<int>(included.size());
        }
    }

    // What was written is recorded, in one transaction: a cancelled run too.
    if (!written.isEmpty()) {
        DocumentRegister documents(m_ledger);
        Transaction tx(db);
        if (!tx.started())
            return tx.started().failure();
        for (const Written &w : written)
            if (auto id = documents.record(
                    w.customerId, QStringLiteral("statement"), QStringLiteral("pdf"), w.sha256, w.fileName);
                !id)
                return id.failure();
        if (auto done = tx.commit(); !done)
            return done.failure();
    }
    if (!failed)
        return failed.failure();
    return outcome;
}

} // namespace recoup
