#include "shell/experimentlist.h"

#include "pages/experimentpage.h"

#include <QEvent>
#include <QScreen>
#include <algorithm>

namespace conlab {

ExperimentList::ExperimentList(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("experimentList"));
    setWordWrap(true);
    setSpacing(2);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideNone);
}

void ExperimentList::setPages(const QList<ExperimentPage *> &pages)
{
    pages_ = pages;
    clear();
    for (int i = 0; i < pages_.size(); ++i)
        addItem(QString());
    retranslateUi();
}

void ExperimentList::retranslateUi()
{
    for (int i = 0; i < pages_.size(); ++i) {
        //: %1 the experiment's number in the list, %2 its title
        item(i)->setText(tr("%1 · %2").arg(i + 1).arg(pages_[i]->title()));
    }
    fitWidth();
}

void ExperimentList::fitWidth()
{
    // Wide enough for the longest title, so zoom and translations never cut
    // an entry; never more than a fifth of the screen, where titles wrap.
    const QFontMetrics fm(font());
    int widest = 0;
    for (int i = 0; i < count(); ++i)
        widest = std::max(widest, fm.horizontalAdvance(item(i)->text()));
    const int padding = fm.horizontalAdvance(QStringLiteral("MM")) + 2 * frameWidth();
    const int cap = screen() ? screen()->availableGeometry().width() / 5 : 400;
    setFixedWidth(std::min(widest + padding, cap));
}

void ExperimentList::changeEvent(QEvent *event)
{
    // Page titles are tr() calls, so they read the new translator at once.
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange)
        fitWidth();
    QListWidget::changeEvent(event);
}

} // namespace conlab
