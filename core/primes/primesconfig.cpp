// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "primesconfig.h"

#include <QStringList>
#include <array>
#include <utility>

namespace conlab {

namespace {
constexpr std::array kNames = {
    std::pair{PrimesModel::Sequential, u"sequential"},
    std::pair{PrimesModel::Threads, u"threads"},
    std::pair{PrimesModel::Processes, u"processes"},
    std::pair{PrimesModel::Pool, u"pool"},
    std::pair{PrimesModel::Coroutines, u"coroutines"},
    std::pair{PrimesModel::CoroutinesExecutor, u"coroutines-executor"},
};
} // namespace

QString PrimesModels::name(PrimesModel m)
{
    for (const auto &[model, text] : kNames)
        if (model == m)
            return QString::fromUtf16(text);
    return {};
}

std::optional<PrimesModel> PrimesModels::parse(const QString &text)
{
    for (const auto &[model, name] : kNames)
        if (text == QStringView(name))
            return model;
    return std::nullopt;
}

QString PrimesModels::validNames()
{
    QStringList names;
    for (const auto &entry : kNames)
        names << QString::fromUtf16(entry.second);
    return names.join(u'|');
}

} // namespace conlab
