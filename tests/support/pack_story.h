// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace recoup::test {

class TestBook;

/// A customer chased as far as a pack for an agency, in a book of two
/// customers (the book's clock says 2026-03-14): Ana Roux (C1) bought S1
/// (120.00, 2025-12-01, 30 days) and S2 (80.00, 2026-01-10, 30 days) and paid
/// 20.00 on 2026-02-10; a call on 2026-01-15 about S1 where she promised 60.00
/// by 2026-01-31 (broken), a dispute on S2 opened 2026-02-01 ("The drill
/// arrived broken"), a final demand sent (its SHA-256 is FinalDemandSha) and
/// her credit stopped on 2026-03-01. Bob Stone (C2) owes S3 (50.00) and had a
/// call of his own. The business is Corner Hardware, US.
struct PackStory
{
    qint64 ana = 0;
    qint64 bob = 0;
    qint64 s1 = 0;
    qint64 s2 = 0;
    qint64 s3 = 0;

    static QString finalDemandSha() { return QStringLiteral("ab").repeated(32); }
    /// Tells the story on the book; fails the test on any error.
    static PackStory tell(TestBook &book);
};

} // namespace recoup::test
