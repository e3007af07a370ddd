// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <atomic>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

namespace conlab::aio::detail {

// The loop's default executor: one std::thread per job, all joined at the
// end, as asyncio.run shuts its default executor down. Loop thread only.
class ThreadPerJob
{
public:
    ThreadPerJob() = default;
    ~ThreadPerJob() { joinAll(); }
    ThreadPerJob(const ThreadPerJob &) = delete;
    ThreadPerJob &operator=(const ThreadPerJob &) = delete;

    void submit(std::function<void()> job);
    void joinAll();

private:
    struct Worker
    {
        std::thread thread;
        std::shared_ptr<std::atomic<bool>> finished;
    };
    std::vector<Worker> workers_;
};

} // namespace conlab::aio::detail
