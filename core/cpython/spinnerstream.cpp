// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/cpython/spinnerstream.h"

namespace conlab {

namespace {
constexpr QByteArrayView kObject = "spinner object: ";
constexpr QByteArrayView kAnswer = "Answer: ";
constexpr QByteArrayView kGlyphs = "\\|/-";
} // namespace

void SpinnerStream::feed(const QByteArray &bytes, std::int64_t tNs)
{
    for (char c : bytes) {
        if (c == '\r' || c == '\n') {
            endSegment(c == '\n', tNs);
            afterCr_ = c == '\r';
        } else {
            segment_ += c;
        }
    }
    checkFrame(tNs);
}

void SpinnerStream::finish(std::int64_t tNs)
{
    if (!segment_.isEmpty())
        endSegment(true, tNs);
}

void SpinnerStream::checkFrame(std::int64_t tNs)
{
    if (!afterCr_ || frameSeen_ || segment_.size() != message_.size() + 2)
        return;
    if (!kGlyphs.contains(segment_[0]) || segment_[1] != ' ' || !segment_.endsWith(message_))
        return;
    frameSeen_ = true;
    if (sink_.onFrame)
        sink_.onFrame(segment_[0], tNs);
}

void SpinnerStream::endSegment(bool newline, std::int64_t tNs)
{
    checkFrame(tNs);
    const bool blank = !segment_.isEmpty() && segment_.count(' ') == segment_.size();
    if (afterCr_ && blank && sink_.onCleared)
        sink_.onCleared(tNs);
    if (newline) {
        if (segment_.startsWith(kObject)) {
            if (sink_.onObject)
                sink_.onObject(QString::fromUtf8(segment_.mid(kObject.size())), tNs);
        } else if (segment_.startsWith(kAnswer)) {
            if (sink_.onAnswer)
                sink_.onAnswer(segment_.mid(kAnswer.size()).trimmed().toInt(), tNs);
        } else if (!segment_.isEmpty() && !frameSeen_ && sink_.onOtherLine) {
            sink_.onOtherLine(QString::fromUtf8(segment_));
        }
    }
    segment_.clear();
    frameSeen_ = false;
}

} // namespace conlab
