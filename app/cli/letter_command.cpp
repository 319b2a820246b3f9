// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/letter_command.h"

#include "aging/statement_reader.h"
#include "cli/book_session.h"
#include "cli/report_options.h"
#include "collections/document_register.h"
#include "documents/letter_document.h"

#include <QFileInfo>

namespace recoup::cli {

namespace {

const QList<std::pair<QString, LetterDocument::Tone>> Tones{
    { QStringLiteral("friendly"), LetterDocument::Tone::Friendly },
    { QStringLiteral("reminder"), LetterDocument::Tone::Reminder },
    { QStringLiteral("second-reminder"), LetterDocument::Tone::Firm },
    { QStringLiteral("final-demand"), LetterDocument::Tone::FinalDemand },
    { QStringLiteral("before-action"), LetterDocument::Tone::BeforeLegalAction },
};

} // namespace

QString LetterCommand::summary() const
{
    return tr("Write a letter about what a customer owes (a reminder to a final demand) as a PDF.");
}

void LetterCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("BOOK"), tr("The book file."));
    parser.addPositionalArgument(QStringLiteral("CUSTOMER"), tr("The customer's reference."));
    parser.addOption({ QStringLiteral("tone"),
        tr("friendly, reminder, second-reminder, final-demand or before-action."), QStringLiteral("TONE") });
    parser.addOption(
        { QStringLiteral("date"), tr("The letter's date, YYYY-MM-DD (default: today)."), QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("out"), tr("The PDF file to write."), QStringLiteral("FILE") });
}

int LetterCommand::run(const QCommandLineParser &parser, Streams io) const
{
    const QString prefix = QStringLiteral("recoup-cli letter: ");
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || parser.value(QStringLiteral("out")).isEmpty() || !parser.isSet(QStringLiteral("tone"))) {
        io.err << prefix << tr("give BOOK CUSTOMER --tone TONE --out FILE.") << '\n';
        return 2;
    }
    const QString toneKey = parser.value(QStringLiteral("tone"));
    const auto tone = std::find_if(Tones.cbegin(), Tones.cend(), [&](const auto &t) { return t.first == toneKey; });
    if (tone == Tones.cend()) {
        io.err << prefix
               << tr("--tone must be friendly, reminder, second-reminder, final-demand or before-action, not “%1”.")
                      .arg(toneKey)
               << '\n';
        return 2;
    }
    auto session = BookSession::open(args.at(0));
    if (!session) {
        io.err << prefix << session.error() << '\n';
        return 1;
    }
    BookSession &book = *session.value();
    QDate date = book.ledger().clock().today();
    if (parser.isSet(QStringLiteral("date"))) {
        auto parsed = ReportOptions::parseDate(parser.value(QStringLiteral("date")), QStringLiteral("--date"));
        if (!parsed) {
            io.err << prefix << parsed.error() << '\n';
            return 2;
        }
        date = parsed.value();
    }
    auto customer = book.customer(args.at(1));
    if (!customer) {
        io.err << prefix << customer.error() << '\n';
        return 1;
    }
    auto reader = StatementReader::prepare(book.db(), StatementKind::OpenItem, date, date);
    if (!reader) {
        io.err << prefix << reader.error() << '\n';
        return 1;
    }
    auto account = reader->statement(customer->id);
    if (!account) {
        io.err << prefix << account.error() << '\n';
        return 1;
    }
    if (account->amountDue() <= 0) {
        io.err << prefix
               << tr("%1 owes nothing on %2: there is nothing to write about.")
                      .arg(customer->details.name, date.toString(Qt::ISODate))
               << '\n';
        return 1;
    }
    const BusinessDetails business = BusinessDetails::load(book.db());
    const Letterhead letterhead(business);
    const LetterDocument letter(account.value(), letterhead, book.db().currency(),
        Paper::forCountry(business.value(BusinessDetails::Country)), tone->second,
        LetterDocument::defaultContent(tone->second, account.value(), business, book.db().currency()));
    const QString path = parser.value(QStringLiteral("out"));
    const QByteArray pdf = letter.pdf();
    if (auto done = Paper::writeFile(path, pdf); !done) {
        io.err << prefix << done.error() << '\n';
        return 1;
    }
    auto recorded = DocumentRegister(book.ledger())
                        .record(customer->id, LetterDocument::kindKey(tone->second), QStringLiteral("pdf"),
                            DocumentRegister::sha256(pdf), QFileInfo(path).fileName());
    if (!recorded) {
        io.err << prefix << recorded.error() << '\n';
        return 1;
    }
    io.out << tr("Letter “%1” to %2 written to %3.").arg(letter.title(), customer->details.name, path) << '\n';
    return 0;
}

} // namespace recoup::cli
