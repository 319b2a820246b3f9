// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/pack_writer.h"

#include "collections/case_pack_reader.h"
#include "collections/collections.h"
#include "collections/document_register.h"
#include "documents/pack_document.h"
#include "io/case_pack_csv.h"
#include "ledger/business_details.h"
#include "ledger/ledger.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace recoup {

namespace {

/// Removes what was made when the pack fails half-way.
struct Undo
{
    QString createdFolder;
    QString csvFolder;
    QString pdf;
    bool keep = false;
    ~Undo()
    {
        if (keep)
            return;
        if (!pdf.isEmpty())
            QFile::remove(pdf);
        if (!csvFolder.isEmpty())
            QDir(csvFolder).removeRecursively();
        if (!createdFolder.isEmpty())
            QDir().rmdir(createdFolder);
    }
};

} // namespace

PackWriter::PackWriter(Collections &collections) : m_collections(collections) { }

Result<PackWriter::Outcome> PackWriter::write(
    qint64 customerId, qint64 debtId, const QDate &asOf, const QString &folder)
{
    Ledger &ledger = m_collections.ledger();
    auto pack = CasePackReader(m_collections).read(customerId, debtId, asOf);
    if (!pack)
        return pack.failure();
    if (folder.trimmed().isEmpty())
        return Error{ tr("Choose a folder for the pack.") };

    const BusinessDetails business = BusinessDetails::load(ledger.database());
    const Letterhead letterhead(business);
    const PackDocument document(
        pack.value(), letterhead, ledger.currency(), Paper::forCountry(business.value(BusinessDetails::Country)));
    const QByteArray pdf = document.pdf();
    const auto csvs = CasePackCsv::files(pack.value(), ledger.currency());

    Undo undo;
    const QDir dir(folder);
    const QString absolute = dir.absolutePath();
    if (QFileInfo(absolute).exists() && !QFileInfo(absolute).isDir())
        return Error{ tr("“%1” is a file, not a folder: choose a folder for the pack.").arg(folder) };
    if (!dir.exists()) {
        if (!QDir().mkpath(absolute))
            return Error{ tr("The folder “%1” cannot be made: choose one you can write to.").arg(folder) };
        undo.createdFolder = absolute;
    }

    // The CSV files go into a folder of their own, written whole under a
    // temporary name and then given its name.
    QTemporaryDir staging(dir.filePath(QStringLiteral(".pack-XXXXXX")));
    if (!staging.isValid())
        return Error{ tr("Cannot write into the folder “%1”: choose one you can write to.").arg(folder) };
    QStringList sums;
    Outcome outcome;
    for (const auto &[name, bytes] : csvs) {
        QFile file(QDir(staging.path()).filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
            return Error{ tr("Cannot write “%1”: %2").arg(file.fileName(), file.errorString()) };
        sums << QStringLiteral("%1  %2").arg(DocumentRegister::sha256(bytes), name);
        outcome.csvFiles << name;
    }
    {
        QFile file(QDir(staging.path()).filePath(QStringLiteral("SHA256SUMS")));
        const QByteArray bytes = (sums.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
            return Error{ tr("Cannot write “%1”: %2").arg(file.fileName(), file.errorString()) };
    }

    const QString base = document.baseName();
    outcome.pdfPath = dir.filePath(base + QStringLiteral(".pdf"));
    outcome.csvFolder = dir.filePath(base);
    // A pack made again the same day replaces the earlier one; until the new
    // one is in place the earlier is kept aside.
    const QString aside = dir.filePath(QStringLiteral(".%1-replaced").arg(base));
    QDir(aside).removeRecursively();
    const bool replacing = QFileInfo::exists(outcome.csvFolder);
    if (replacing && !QDir().rename(outcome.csvFolder, aside))
        return Error{ tr("Cannot replace the folder “%1”: is a file in it open?").arg(outcome.csvFolder) };
    if (!QDir().rename(staging.path(), outcome.csvFolder)) {
        if (replacing)
            QDir().rename(aside, outcome.csvFolder);
        return Error{ tr("Cannot write the folder “%1”.").arg(outcome.csvFolder) };
    }
    staging.setAutoRemove(false);
    undo.csvFolder = outcome.csvFolder;
    // A temporary folder is its owner's alone; the pack's is read like the PDF beside it.
    QFile::setPermissions(outcome.csvFolder,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
    const auto restore = [&] {
        if (replacing) {
            QDir(outcome.csvFolder).removeRecursively();
            undo.csvFolder.clear();
            QDir().rename(aside, outcome.csvFolder);
        }
    };
    if (auto done = Paper::writeFile(outcome.pdfPath, pdf); !done) {
        restore();
        return done.failure();
    }
    // The PDF replaced in place by QSaveFile cannot be restored: it is only
    // removed when nothing stood there before.
    if (!replacing)
        undo.pdf = outcome.pdfPath;

    outcome.sha256 = DocumentRegister::sha256(pdf);
    auto recorded = DocumentRegister(ledger).record(
        customerId, kindKey(), QStringLiteral("pdf"), outcome.sha256, QFileInfo(outcome.pdfPath).fileName());
    if (!recorded) {
        restore();
        return recorded.failure();
    }
    QDir(aside).removeRecursively();
    undo.keep = true;
    outcome.title = document.title();
    outcome.customerName = pack->customer.details.name;
    return outcome;
}

} // namespace recoup
