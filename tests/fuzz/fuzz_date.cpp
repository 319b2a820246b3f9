// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Any text as a date: the import's parser (IsoDate) and the command line's
// --as-of never crash, accept exactly the same texts, and what they accept is
// the date written back the same way.
#include "cli/report_options.h"
#include "core/iso_date.h"

#include <cstdint>
#include <cstdlib>

using namespace recoup;

namespace {

void check(bool condition, const char *what, const QString &text)
{
    if (!condition) {
        fprintf(stderr, "fuzz_date: %s: \"%s\"\n", what, qPrintable(text));
        abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const IsoDate::Parsed parsed = IsoDate::parse(text);
    const auto option = cli::ReportOptions::parseDate(text, QStringLiteral("--as-of"));
    if (parsed.status == IsoDate::Status::Valid) {
        check(parsed.date.isValid(), "valid without a date", text);
        check(parsed.date.toString(Qt::ISODate) == text, "the date does not write back as given", text);
        check(option && *option == parsed.date, "the command line refuses or reads otherwise a date the import reads",
            text);
    } else {
        check(!parsed.date.isValid(), "a date where there is none", text);
        check(!option, "the command line accepts a date the import refuses", text);
        check(!option.error().isEmpty(), "a refusal without a message", text);
    }
    return 0;
}
