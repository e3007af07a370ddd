// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QFont>
#include <QObject>

namespace conlab {

// The app-wide text scale: Ctrl+plus, Ctrl+minus, Ctrl+0 and presentation
// mode. It scales the application font, so every widget that does not fix
// its own size follows through QEvent::FontChange; custom-painted views and
// charts size themselves from font() for the same reason.
class Zoom : public QObject
{
    Q_OBJECT
public:
    explicit Zoom(QObject *parent = nullptr);

    static constexpr double kStep = 1.15;
    // Presentation mode multiplies the user's zoom by this.
    static constexpr double kPresentationBoost = 1.5;

    double factor() const { return factor_; }
    bool presentation() const { return presentation_; }
    // factor() times the presentation boost when it is on.
    double effectiveFactor() const;

public slots:
    void setFactor(double factor);
    void zoomIn();
    void zoomOut();
    void reset();
    void setPresentation(bool on);

signals:
    void factorChanged(double factor);
    void effectiveFactorChanged(double effective);

private:
    void apply();

    QFont base_;
    double factor_ = 1.0;
    bool presentation_ = false;
};

} // namespace conlab
