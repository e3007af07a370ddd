// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "shell/pagelayouts.h"

#include "pages/experimentpage.h"
#include "settings/settings.h"

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
