#pragma once

class QTableView;

namespace csodesk::ui {

// The look and behaviour of every read-only list of records (ticket log, audit trail, users):
// whole-row selection, no editing, uniform row height so a view never measures a million rows,
// and row height that follows the font (readable at 125–150 % scaling).
void setUpRecordTable(QTableView& table);

} // namespace csodesk::ui
