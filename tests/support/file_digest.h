// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace recoup::test {

/// The SHA-256 of a file's bytes, to show that a refused command left a book
/// byte for byte as it was; empty when the file cannot be read (or is absent).
QByteArray fileDigest(const QString &path);

} // namespace recoup::test
