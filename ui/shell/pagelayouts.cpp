// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/shell/pagelayouts.h"

#include "ui/pages/experimentpage.h"
#include "ui/settings/settings.h"

namespace conlab {

PageLayouts::PageLayouts(Settings *settings, const QList<ExperimentPage *> &pages, QObject *parent) : QObject(parent)
{
    for (int i = 0; i < pages.size(); ++i) {
        ExperimentPage *page = pages[i];
        page->restoreLayout(settings->pageLayout(i));
        connect(page, &ExperimentPage::layoutChanged, this,
                [settings, page, i] { settings->setPageLayout(i, page->saveLayout()); });
    }
}

} // namespace conlab
