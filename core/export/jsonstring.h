// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QByteArray>
#include <QStringView>

namespace conlab {

// The JSON text of one string, quotes included, as UTF-8: the one escaper
// every hand-written JSON writer (traces, --json, sweep files) uses, so they
// all agree. Escapes '"', '\\' and every control character (short forms
// where JSON has them, else \u00XX), and U+2028/U+2029, which older
// JavaScript parsers reject inside strings. A surrogate pair becomes its
// 4-byte UTF-8 character; a lone surrogate, which has no UTF-8 form, becomes
// U+FFFD, so the output is always valid JSON and valid UTF-8.
QByteArray jsonString(QStringView text);

} // namespace conlab
