// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/pages/spinnercpythonpanel.h"

#include "core/cpython/sideratio.h"
#include "core/cpython/spinnersidebyside.h"
#include "ui/widgets/cpythonheading.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace conlab {

SpinnerCPythonPanel::SpinnerCPythonPanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("spinnerCPythonPanel"));
    setFrameShape(QFrame::StyledPanel);
    heading_ = new CPythonHeading(this);
    table_ = new QLabel(this);
    table_->setTextFormat(Qt::RichText);
    summary_ = new QLabel(this);
    summary_->setWordWrap(true);
    // The figures beside the words: a projector's height is for the spinner.
    auto *words = new QVBoxLayout;
    words->setSpacing(2);
    words->addWidget(heading_);
    words->addWidget(summary_);
    words->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(table_, 0, Qt::AlignTop);
    layout->addLayout(words, 1);
    clear();
}

void SpinnerCPythonPanel::clear()
{
    table_->clear();
    summary_->clear();
    hide();
}

void SpinnerCPythonPanel::showRunning()
{
    heading_->showRunning();
    table_->clear();
    table_->hide();
    summary_->clear();
    show();
}

void SpinnerCPythonPanel::showSide(const SpinnerConfig &config, const SpinnerReport &emulation, const CPythonSide &side)
{
    const SpinnerSideBySide sbs(config, emulation, side);
    heading_->showSide(side);
    // One compact grid: four rows fit beside the live view on a projector.
    QString html = QStringLiteral("<table cellspacing=0 cellpadding=1><tr><th></th><th align=right>&nbsp;%1</th>"
                                  "<th align=right>&nbsp;&nbsp;%2</th><th align=right>&nbsp;&nbsp;%3</th></tr>")
                       .arg(tr("Emulation"), tr("CPython"), SideRatio::heading().toHtmlEscaped());
    for (const SpinnerSideBySide::Row &r : sbs.rows())
        html += QStringLiteral("<tr><td>%1</td><td align=right>&nbsp;%2</td><td align=right>&nbsp;&nbsp;%3</td>"
                               "<td align=right>&nbsp;&nbsp;%4</td></tr>")
                    .arg(r.what.toHtmlEscaped(), r.emulation.toHtmlEscaped(), r.cpython.toHtmlEscaped(),
                         r.ratio.toHtmlEscaped());
    table_->setText(html + QStringLiteral("</table>"));
    table_->show();
    summary_->setText(sbs.summary());
    show();
}

QString SpinnerCPythonPanel::text() const
{
    const auto plain = [](const QLabel *l) { return QTextDocumentFragment::fromHtml(l->text()).toPlainText(); };
    return heading_->fullText() + u'\n' + plain(table_) + u'\n' + summary_->text();
}

} // namespace conlab
