// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QList>
#include <QStringList>

namespace conlab {

// Which lines of `changed` are not in the longest common subsequence of the
// two listings, compared line by line with trailing blanks ignored: the lines
// the code pane highlights against the page's baseline variant.
QList<int> changedLines(const QStringList &baseline, const QStringList &changed);

} // namespace conlab
