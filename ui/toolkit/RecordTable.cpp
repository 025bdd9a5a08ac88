#include "RecordTable.h"

#include <QHeaderView>
#include <QTableView>

namespace csodesk::ui {

void setUpRecordTable(QTableView& table)
{
    table.setSelectionBehavior(QAbstractItemView::SelectRows);
    table.setSelectionMode(QAbstractItemView::SingleSelection);
    table.setEditTriggers(QAbstractItemView::NoEditTriggers);
    table.setAlternatingRowColors(true);
    table.setWordWrap(false);
    QHeaderView* rows = table.verticalHeader();
    rows->hide();
    rows->setDefaultSectionSize(table.fontMetrics().height() + table.fontMetrics().height() / 2);
    rows->setSectionResizeMode(QHeaderView::Fixed);
}

} // namespace csodesk::ui
