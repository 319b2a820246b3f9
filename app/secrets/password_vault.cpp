// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/password_vault.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace recoup {

namespace {

const QString Service = QStringLiteral("Recoup");
constexpr int KeychainWaitMs = 10000;

/// Runs a keychain job to its end (the keychain answers asynchronously).
QKeychain::Error run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(KeychainWaitMs, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error();
}

QSettings clearFile()
{
    return QSettings(PasswordVault::clearFilePath(), QSettings::IniFormat);
}

} // namespace

QString PasswordVault::clearFilePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return QDir(dir.isEmpty() ? QDir::homePath() : dir).filePath(QStringLiteral("mail-passwords-in-clear.ini"));
}

bool PasswordVault::keychainAvailable()
{
    QKeychain::ReadPasswordJob job(Service);
    job.setKey(QStringLiteral("recoup-keychain-probe"));
    const QKeychain::Error error = run(job);
    return error == QKeychain::NoError || error == QKeychain::EntryNotFound;
}

PasswordVault::Found PasswordVault::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(Service);
    job.setKey(key);
    if (run(job) == QKeychain::NoError)
        return { job.textData(), Where::Keychain };
    const QString kept = clearFile().value(key).toString();
    if (!kept.isEmpty())
        return { kept, Where::ClearFile };
    const QString environment = qEnvironmentVariable("RECOUP_SMTP_PASSWORD");
    if (!environment.isEmpty())
        return { environment, Where::Environment };
    return {};
}

Result<PasswordVault::Where> PasswordVault::store(const QString &key, const QString &password, bool clearFileAllowed)
{
    QKeychain::WritePasswordJob job(Service);
    job.setKey(key);
    job.setTextData(password);
    const QKeychain::Error error = run(job);
    if (error == QKeychain::NoError) {
        // Kept safely: no copy in clear is left behind.
        QSettings file = clearFile();
        file.remove(key);
        return Where::Keychain;
    }
    if (!clearFileAllowed)
        return Error{ tr(
            "There is no keychain on this desktop (%1), so the password was not kept. Tick “keep it in "
            "a file without encryption” (Settings > E-mail) to keep it in %2, readable by you alone; or give it to "
            "recoup-cli in the variable RECOUP_SMTP_PASSWORD.")
                          .arg(job.errorString(), clearFilePath()) };
    QDir().mkpath(QFileInfo(clearFilePath()).path());
    // Readable by the owner alone before the password is in it (QSettings keeps the file's permissions).
    {
        QFile file(clearFilePath());
        if (!file.exists() && !file.open(QIODevice::WriteOnly))
            return Error{ tr("The password could not be kept in %1.").arg(clearFilePath()) };
    }
    QFile::setPermissions(clearFilePath(), QFile::ReadOwner | QFile::WriteOwner);
    {
        QSettings file = clearFile();
        file.setValue(key, password);
        file.sync();
        if (file.status() != QSettings::NoError)
            return Error{ tr("The password could not be kept in %1.").arg(clearFilePath()) };
    }
    QFile::setPermissions(clearFilePath(), QFile::ReadOwner | QFile::WriteOwner);
    return Where::ClearFile;
}

void PasswordVault::forget(const QString &key)
{
    QKeychain::DeletePasswordJob job(Service);
    job.setKey(key);
    run(job);
    QSettings file = clearFile();
    file.remove(key);
}

QString PasswordVault::whereLabel(Where where)
{
    switch (where) {
    case Where::Keychain:
        return tr("in the desktop's keychain");
    case Where::ClearFile:
        return tr("in a file without encryption (%1)").arg(clearFilePath());
    case Where::Environment:
        return tr("from the variable RECOUP_SMTP_PASSWORD");
    case Where::Nowhere:
        return tr("nowhere yet");
    }
    Q_UNREACHABLE();
}

} // namespace recoup
