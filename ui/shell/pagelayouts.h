// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QList>
#include <QObject>

namespace conlab {

class ExperimentPage;
class Settings;

// Keeps each experiment page's own arrangement (where the lecturer put its
// splitters) in the settings: restored at start, stored at every move, so a
// crash mid-lecture loses nothing.
class PageLayouts : public QObject
{
    Q_OBJECT
public:
    PageLayouts(Settings *settings, const QList<ExperimentPage *> &pages, QObject *parent = nullptr);
};

} // namespace conlab
