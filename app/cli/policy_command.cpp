// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/policy_command.h"

#include "cli/book_session.h"
#include "collections/policy_store.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace recoup::cli {

namespace {

/// A policy file is a few kilobytes; anything far larger is not one.
constexpr qint64 MaxPolicyBytes = 1024 * 1024;

} // namespace

QString PolicyCommand::summary() const
{
    return tr("Export the collection policy (the ladder) as JSON, or import one.");
}

void PolicyCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("export|import"), tr("What to do."));
    parser.addPositionalArgument(QStringLiteral("BOOK"), tr("The book file."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
        tr("The JSON file (docs/collection-policy.md); export writes to the screen without one."),
        QStringLiteral("[FILE]"));
}

int PolicyCommand::run(const QCommandLineParser &parser, Streams io) const
{
    const QString prefix = QStringLiteral("recoup-cli policy: ");
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const bool exporting = action == QLatin1String("export");
    if ((!exporting && action != QLatin1String("import")) || args.size() < (exporting ? 2 : 3) || args.size() > 3) {
        io.err << prefix << tr("give export BOOK [FILE], or import BOOK FILE.") << '\n';
        return 2;
    }
    if (exporting) {
        auto db = Database::open(args.at(1), Database::Access::ReadOnly);
        if (!db) {
            io.err << prefix << db.error() << '\n';
            return 1;
        }
        auto policy = PolicyStore::read(*db.value());
        if (!policy) {
            io.err << prefix << policy.error() << '\n';
            return 1;
        }
        const QByteArray json = QJsonDocument(policy->toJson()).toJson(QJsonDocument::Indented);
        if (args.size() == 2) {
            io.out << QString::fromUtf8(json);
            return 0;
        }
        QSaveFile file(args.at(2));
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
            io.err << prefix << tr("cannot write “%1”: %2").arg(args.at(2), file.errorString()) << '\n';
            return 1;
        }
        io.out << tr("Wrote the collection policy to “%1”.").arg(args.at(2)) << '\n';
        return 0;
    }

    QFile file(args.at(2));
    if (!file.open(QIODevice::ReadOnly)) {
        io.err << prefix << tr("cannot read “%1”: %2").arg(args.at(2), file.errorString()) << '\n';
        return 1;
    }
    if (file.size() > MaxPolicyBytes) {
        io.err << prefix << tr("“%1” is too large to be a policy file.").arg(args.at(2)) << '\n';
        return 1;
    }
    const QByteArray json = file.readAll();
    auto session = BookSession::open(args.at(1));
    if (!session) {
        io.err << prefix << session.error() << '\n';
        return 1;
    }
    if (auto done = session.value()->collections().importPolicy(json); !done) {
        io.err << prefix << args.at(2) << ": " << done.error() << '\n';
        return 1;
    }
    io.out << tr("Imported the collection policy from “%1”.").arg(args.at(2)) << '\n';
    return 0;
}

} // namespace recoup::cli
