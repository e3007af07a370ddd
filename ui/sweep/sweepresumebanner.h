// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/sweep/sweepstore.h"

#include <QFrame>
#include <QSet>
#include <optional>

class QLabel;
class QPushButton;

namespace conlab {

// The offer to carry on with a sweep that never finished. Discard hides the
// offer for that file for as long as the banner lives; the file stays.
class SweepResumeBanner : public QFrame
{
    Q_OBJECT
public:
    explicit SweepResumeBanner(QWidget *parent = nullptr);

    // Shows the offer for `sweep`, unless it was discarded.
    void offer(const SweepListing &sweep);
    void withdraw();
    // Hides the offer of this file for good (Discard).
    void discard();
    // The file on offer; empty when nothing was offered.
    QString path() const { return offered_ ? offered_->path : QString(); }
    QString text() const; // empty when hidden
    void setResumeEnabled(bool enabled);

signals:
    void resumeClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *label_ = nullptr;
    QPushButton *resume_ = nullptr;
    QPushButton *discard_ = nullptr;
    std::optional<SweepListing> offered_;
    QSet<QString> discarded_;
};

} // namespace conlab
