// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "threadperjob.h"

namespace conlab::aio::detail {

void ThreadPerJob::submit(std::function<void()> job)
{
    // Reap the finished threads so a long session does not pile them up.
    for (auto it = workers_.begin(); it != workers_.end();) {
        if (it->finished->load(std::memory_order_acquire)) {
            it->thread.join();
            it = workers_.erase(it);
        } else {
            ++it;
        }
    }
    auto finished = std::make_shared<std::atomic<bool>>(false);
    std::thread thread([job = std::move(job), finished]() mutable {
        job();
        job = nullptr; // the captures die here, before the thread reports
        finished->store(true, std::memory_order_release);
    });
    workers_.push_back(Worker{std::move(thread), std::move(finished)});
}

void ThreadPerJob::joinAll()
{
    for (auto &w : workers_)
        w.thread.join();
    workers_.clear();
}

} // namespace conlab::aio::detail
