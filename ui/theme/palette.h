// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QColor>

class QApplication;

namespace conlab::theme {

// Every colour the lab draws with, in one place. The series colours are the
// Okabe-Ito set, which stays distinct for the common forms of colour
// blindness; the darker members are used for lines so they keep their
// contrast on a washed-out projector. Backgrounds stay near white and text
// near black: a dim projector loses mid-tones first.
namespace okabeIto {
inline const QColor black{0x00, 0x00, 0x00};
inline const QColor orange{0xE6, 0x9F, 0x00};
inline const QColor skyBlue{0x56, 0xB4, 0xE9};
inline const QColor bluishGreen{0x00, 0x9E, 0x73};
inline const QColor yellow{0xF0, 0xE4, 0x42};
inline const QColor blue{0x00, 0x72, 0xB2};
inline const QColor vermillion{0xD5, 0x5E, 0x00};
inline const QColor reddishPurple{0xCC, 0x79, 0xA7};
} // namespace okabeIto

inline const QColor background{0xFF, 0xFF, 0xFF};
inline const QColor text{0x11, 0x11, 0x11};
inline const QColor mutedText{0x44, 0x44, 0x44};
inline const QColor gridLine{0xBB, 0xBB, 0xBB};

// Roles: what a colour means, so pages agree with each other.
inline const QColor spinnerGlyph = okabeIto::blue;
inline const QColor frameGapLine = okabeIto::blue;
inline const QColor referenceLine = okabeIto::vermillion;
inline const QColor right = okabeIto::bluishGreen;
inline const QColor wrong = okabeIto::vermillion;
// The three verdicts after a spinner run, darkened where needed so large
// bold text on white keeps its contrast (4.5:1 or better) on a projector.
inline const QColor keptSpinning = okabeIto::blue;
inline const QColor stuttered{0x9A, 0x5B, 0x00};     // orange, darkened
inline const QColor neverAppeared{0x8F, 0x3B, 0x6E}; // reddish purple, darkened
inline const QColor prime = okabeIto::blue;
inline const QColor notPrime = okabeIto::orange;
inline const QColor gilMainThread = okabeIto::orange;
inline const QColor gilSpinnerThread = okabeIto::blue;
inline const QColor changedLine{0xFF, 0xE8, 0x99}; // pale yellow: dark text stays readable
inline const QColor codeKeyword = okabeIto::blue;
inline const QColor codeString{0x00, 0x6B, 0x4F}; // bluish green, darkened for text
inline const QColor codeComment{0x5A, 0x5A, 0x5A};
inline const QColor codeNumber{0xA8, 0x3C, 0x00}; // vermillion, darkened for text
inline const QColor selection = okabeIto::blue;

// spinner page
// The replay banner: pale fill, dark text, a strong border, so the room
// sees it is watching a recording even on a washed-out projector.
inline const QColor replayBannerFill{0xE8, 0xF2, 0xFA}; // blue, faded almost to white
inline const QColor replayBannerText = text;
inline const QColor replayBannerBorder = okabeIto::blue;
// Said in bold beside Run when the pace makes slow() too quick to watch.
inline const QColor paceWarningText = okabeIto::vermillion;

// primes page: the banners over the live view. Pale fills keep dark text
// readable on a washed-out projector; the border carries the colour.
inline const QColor primesBannerFill{0xF4, 0xF4, 0xF4}; // stopped, or nothing special
inline const QColor primesBannerBorder = gridLine;
inline const QColor primesLostFill{0xFF, 0xF1, 0xD6}; // pale orange: results lost to the race
inline const QColor primesLostBorder = okabeIto::orange;
inline const QColor primesFailedFill{0xFB, 0xE3, 0xD6}; // pale vermillion: the run failed
inline const QColor primesFailedBorder = okabeIto::vermillion;
inline const QColor primesRecoveredFill{0xE3, 0xF1, 0xFB}; // pale sky blue: crashed workers replaced
inline const QColor primesRecoveredBorder = okabeIto::skyBlue;
inline const QColor primesReplayFill{0xE3, 0xF1, 0xFB}; // pale sky blue: a recording plays
inline const QColor primesReplayBorder = okabeIto::skyBlue;
// The race's three outcomes, in its tally and its banners: complete in
// green, lost in the orange of lost results, hung in purple.
inline const QColor raceCompleteFill{0xE0, 0xF3, 0xEC}; // pale bluish green
inline const QColor raceCompleteBorder = okabeIto::bluishGreen;
inline const QColor raceLostFill = primesLostFill;
inline const QColor raceLostBorder = primesLostBorder;
inline const QColor raceHungFill{0xF7, 0xE6, 0xF0}; // pale reddish purple
inline const QColor raceHungBorder = neverAppeared; // the darker purple: a thin border must show

// The primes timeline: GIL strips, the queue-depth line, crash markers and
// the two lane stripes, shared by the view and its raster.
inline const QColor timelineGil = okabeIto::bluishGreen;
inline const QColor timelineQueueDepth = okabeIto::black;
inline const QColor timelineCrash = okabeIto::vermillion; // outlined in black, apart from orange bars
inline const QColor timelineLane{0xFA, 0xFA, 0xFA};
inline const QColor timelineLaneAlt{0xF2, 0xF2, 0xF2};

// Lines thick enough to survive a projector and the back row.
inline constexpr qreal kLineWidth = 3.0;
inline constexpr qreal kReferenceLineWidth = 2.5;

// sweep page
inline const QColor sweepProblemText{0xA8, 0x3C, 0x00}; // vermillion, darkened for text
inline const QColor sweepBannerFill{0xFF, 0xF1, 0xD6};  // pale orange: dark text stays readable
inline const QColor sweepBannerBorder = okabeIto::orange;

// Fusion with a high-contrast light palette, the same on every desktop.
void apply(QApplication &app);

} // namespace conlab::theme
