// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "ui/models/comparisonfacts.h"
#include "ui/pages/infopage.h"

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace conlab {

class ComparisonModel;

// Experiment 9: Mark Shannon's table as the chapter cites it, and, with
// "Today", what became of its open cells since, large enough to point at.
// A cell that an experiment shows opens it (click, or Enter): the page only
// asks, through demoRequested(); the window knows its pages.
class ComparisonPage : public InfoPage
{
    Q_OBJECT
public:
    explicit ComparisonPage(QWidget *parent = nullptr);
    QString title() const override;
    QWidget *liveView() override;
    ComparisonModel *model() const { return model_; }
    QTableView *table() const { return table_; }
    QPushButton *todayButton() const { return today_; }
    void setToday(bool today);
    // How the tooltips name the page a demo opens.
    void setDemoTarget(std::function<QString(ComparisonFacts::Demo)> target);

signals:
    void demoRequested(ComparisonFacts::Demo demo);

protected:
    void changeEvent(QEvent *event) override;
    void availableWidthChanged(int width) override;

private:
    void retranslateUi();
    void showSources();
    void fitTable();
    void open(const QModelIndex &index);
    void pointAt(const QModelIndex &index);

    QLabel *title_ = nullptr;
    QLabel *intro_ = nullptr;
    QPushButton *today_ = nullptr;
    QLabel *caption_ = nullptr;
    QTableView *table_ = nullptr;
    QLabel *legend_ = nullptr;
    QLabel *csp_ = nullptr;
    QLabel *sources_ = nullptr;
    ComparisonModel *model_ = nullptr;
};

} // namespace conlab
