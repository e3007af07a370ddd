// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/vote/roundtally.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;

namespace conlab {

class QrCodeView;

// How the room joins, over the whole page: the QR code as large as the
// screen allows, the address and the 4-digit code in type a back row reads,
// and how many have voted. It covers the page only while shown (Esc, a click
// outside the card or Close hides it), so no page has to make room for it
// at 1024x768.
class JoinOverlay : public QWidget
{
    Q_OBJECT
public:
    explicit JoinOverlay(QWidget *over);
    void setAddress(const QUrl &typed, const QUrl &scanned, const QString &code, bool loopbackOnly);
    void setTally(const RoundTally &tally, bool hasQuestion);
    void showOver();
    QrCodeView *qrCode() const { return qr_; }
    QString plainText() const;

signals:
    void closed();

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void render();
    void applyFonts();
    void fit();

    QWidget *card_ = nullptr;
    QrCodeView *qr_ = nullptr;
    QLabel *heading_ = nullptr;
    QLabel *address_ = nullptr;
    QLabel *code_ = nullptr;
    QLabel *status_ = nullptr;
    QLabel *exposure_ = nullptr;
    QPushButton *close_ = nullptr;
    QUrl typed_;
    QString codeText_;
    bool loopbackOnly_ = false;
    RoundTally tally_;
    bool hasQuestion_ = false;
};

} // namespace conlab
