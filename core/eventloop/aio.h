// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
// Everything of the loop in one include, as `import asyncio`.
#include "cancellederror.h"
#include "coroinfo.h"
#include "eventloop.h"
#include "executor.h"
#include "future.h"
#include "invalidstateerror.h"
#include "loopevent.h"
#include "sleep.h"
#include "task.h"
#include "taskhandle.h"
