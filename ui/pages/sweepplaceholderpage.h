#pragma once
#include "pages/infopage.h"

class QLabel;

namespace conlab {

// Experiment 8: where the process-count sweep (Figure 19-2) will live. For
// now it says what the sweep will show and why, so the list keeps the
// chapter's order.
class BookMediansChart;

class SweepPlaceholderPage : public InfoPage
{
    Q_OBJECT
public:
    explicit SweepPlaceholderPage(QWidget *parent = nullptr);
    QString title() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fitColumn();

    QLabel *title_ = nullptr;
    QLabel *body_ = nullptr;
    BookMediansChart *chart_ = nullptr;
    QWidget *column_ = nullptr;
};

} // namespace conlab
