// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QByteArray>
#include <QString>
#include <cstdint>
#include <functional>

namespace conlab {

// Reads a spinner listing's stdout as it arrives on the pipe: each
// `\r{glyph} {message}` frame the moment its bytes are in (a frame has no
// end mark until the next one, 0.1 s later, so it is not waited for), the
// wipe (`\r` and blanks), the "spinner object: ..." line and "Answer: 42".
class SpinnerStream
{
public:
    struct Sink
    {
        std::function<void(const QString &repr, std::int64_t tNs)> onObject;
        std::function<void(char glyph, std::int64_t tNs)> onFrame;
        std::function<void(std::int64_t tNs)> onCleared;
        std::function<void(int answer, std::int64_t tNs)> onAnswer;
        std::function<void(const QString &line)> onOtherLine;
    };

    SpinnerStream(QString message, Sink sink) : message_(message.toUtf8()), sink_(std::move(sink)) { }
    void feed(const QByteArray &bytes, std::int64_t tNs);
    void finish(std::int64_t tNs); // the pipe closed: a last line without \n still counts

private:
    void endSegment(bool newline, std::int64_t tNs);
    void checkFrame(std::int64_t tNs);

    QByteArray message_;
    Sink sink_;
    QByteArray segment_;
    bool afterCr_ = false;
    bool frameSeen_ = false;
};

} // namespace conlab
