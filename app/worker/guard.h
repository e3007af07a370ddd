// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

// `concurrency-lab-worker --guard <app-pid> <program> [args...]`: the
// guardian ChildProcess puts between the app and a CPython listing (see
// guard.cpp). Returns only on a usage error; otherwise it ends the way the
// program ended.
int runGuard(int argc, char **argv);
