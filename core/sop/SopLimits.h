#pragma once

#include <QtGlobal>

namespace csodesk::sop_limits {

// How big an SOP document may be. The built-in ones are far below (about 30 nodes, 40 KiB);
// the limits keep one careless or hostile file in a shared SOP folder from exhausting a
// workstation (issue 13): every check on a document is then bounded.
inline constexpr qint64 kMaxFileBytes = qint64 { 1024 } * 1024;
inline constexpr int kMaxNodes = 500;
inline constexpr int kMaxChoices = 20; // per ask node; the desktop numbers the first nine
inline constexpr int kMaxFields = 20; // per collect node
inline constexpr int kMaxSnippets = 100;
inline constexpr int kMaxTextChars = 4000; // any one text, label, summary or description template

} // namespace csodesk::sop_limits
