// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The compiled catalogues are embedded into this library as resources; this
// file only gives the library a translation unit of its own.
namespace recoup::translations {
int anchor = 0;
}
