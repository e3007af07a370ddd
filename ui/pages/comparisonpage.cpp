// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/pages/comparisonpage.h"

#include "ui/models/comparisonmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace conlab {

namespace {
constexpr double kTableScale = 1.5;
} // namespace

ComparisonPage::ComparisonPage(QWidget *parent) : InfoPage(parent)
{
    title_ = new QLabel(this);
    title_->setTextFormat(Qt::RichText);
    intro_ = new QLabel(this);
    intro_->setWordWrap(true);
    model_ = new ComparisonModel(this);
    table_ = new QTableView(this);
    table_->setModel(model_);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    table_->setFocusPolicy(Qt::NoFocus);
    table_->setAlternatingRowColors(true);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    note_ = new QLabel(this);
    note_->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(intro_);
    layout->addWidget(table_);
    layout->addWidget(note_);
    layout->addStretch(1);
    retranslateUi();
}

QString ComparisonPage::title() const
{
    return tr("The three models compared");
}

QWidget *ComparisonPage::liveView()
{
    return table_;
}

void ComparisonPage::fitTable()
{
    // The table is the whole point of the page and is read from the back of
    // the room: half again the text size, and rows with air around the
    // words. Derived from the page's font, so zoom still reaches it.
    QFont big = font();
    if (big.pointSizeF() > 0)
        big.setPointSizeF(big.pointSizeF() * kTableScale);
    else
        big.setPixelSize(static_cast<int>(big.pixelSize() * kTableScale));
    table_->setFont(big);
    table_->horizontalHeader()->setFont(big);
    table_->verticalHeader()->setFont(big);
    const int rowHeight = QFontMetrics(big).height() * 2;
    table_->verticalHeader()->setMinimumSectionSize(rowHeight);
    table_->verticalHeader()->setDefaultSectionSize(rowHeight);
    table_->horizontalHeader()->setFixedHeight(rowHeight);
    table_->setFixedHeight(rowHeight * (model_->rowCount() + 1) + 2 * table_->frameWidth());
}

void ComparisonPage::retranslateUi()
{
    title_->setText(QStringLiteral("<h2>%1</h2>").arg(title().toHtmlEscaped()));
    intro_->setText(tr("The summary the chapter cites: what each model gives you, and what it costs."));
    note_->setText(tr("Threads and coroutines share one interpreter and its objects, so they "
                      "share memory freely but, under the GIL, run Python code one at a time. "
                      "Processes run truly in parallel, but share only what is sent to them or "
                      "placed in shared memory explicitly, and each costs a whole interpreter."));
    model_->retranslate();
    fitTable();
}

void ComparisonPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange)
        fitTable();
    InfoPage::changeEvent(event);
}

} // namespace conlab
