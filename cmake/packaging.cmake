# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
# The Debian package, built by scripts/package.sh through CPack. Depends comes
# from dpkg-shlibdeps (the shared libraries the executables link), plus the Qt
# plugins the app loads at run time, which no linker sees.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME concurrency-lab)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "The Concurrency Lab authors <team@concurrencylab.org>")
set(CPACK_PACKAGE_VENDOR "The Concurrency Lab authors")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://concurrencylab.org/")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# xcb and offscreen platform plugins, and the image plugins for the PNG and
# SVG exports' previews.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
# A CJK font draws the zh_CN translation; qt6-translations-l10n translates
# Qt's own buttons and dialogs; python3 runs the listings when a lesson runs in
# real CPython (without it only that side is missing, and it says so); the
# task-queue lesson runs a real redis-server and real Celery worker nodes
# (without them that page says how to install them). hiredis, the app's own
# Redis client, is linked in, so shlibdeps makes it a dependency; so are Qt's
# HTTP server and libqrencode, which serve the room's vote and draw its QR code.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "fonts-wqy-microhei | fonts-noto-cjk, qt6-translations-l10n, python3, redis-server, python3-celery, python3-redis, celery")
# Only for a Wayland session without XWayland; the app says so when it is missing.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
# The synopsis, then the extended description: CPack indents each line by one
# space and turns an empty line into " ." as debian/control wants.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "live lecture demos of Python's concurrency models")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION [=[Concurrency Lab is put on a projector during a lecture. It rebuilds, live
and measurably, the lessons of the chapter on concurrency models in the book
Fluent Python: a spinner that keeps spinning, stutters or never appears;
prime checks that get faster with processes but not with threads under the
GIL; the median run time against the number of workers.

It adds an emulated GIL with a switch-interval knob, an event loop to watch,
per-worker timelines, questions the room answers before each run (from their
phones, through a page the app serves on the local network when asked), and
exports that open in Perfetto. The same runs work headless from the command
line.]=])
include(CPack)
