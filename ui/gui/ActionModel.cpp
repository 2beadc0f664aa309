#include "ActionModel.h"

#include "AssessmentDocument.h"
#include "Clock.h"
#include "PlainText.h"
#include "RagColors.h"

#include <QFont>
#include <QLocale>

namespace readiness::ui {

ActionModel::ActionModel(AssessmentDocument &document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_rows(int(document.actions().size()))
{
    connect(&m_document, &AssessmentDocument::changed, this, &ActionModel::onChanged);
}

void ActionModel::onChanged(const ChangeEvent &event)
{
    if (event.kind != ChangeEvent::Kind::Action && event.kind != ChangeEvent::Kind::Assessment)
        return;
    // The document reloads its action list on every change: rows may move.
    beginResetModel();
    m_rows = int(m_document.actions().size());
    endResetModel();
}

ActionRecord ActionModel::record(int row) const
{
    return m_document.actions().value(row);
}

int ActionModel::overdueCount() const
{
    const QDate today = Clock::current().today();
    int n = 0;
    for (const ActionRecord &a : m_document.actions())
        n += a.isOverdue(today) ? 1 : 0;
    return n;
}

int ActionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ActionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActionModel::statusText(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return tr("Open");
    case ActionStatus::InProgress:
        return tr("In progress");
    case ActionStatus::Done:
        return tr("Done");
    case ActionStatus::WontDo:
        return tr("Won't do");
    }
    return {};
}

QVariant ActionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.row() >= m_document.actions().size())
        return {};
    const ActionRecord &a = m_document.actions().at(index.row());
    const bool overdue = a.isOverdue(Clock::current().today());
    switch (role) {
    case ActionIdRole:
        return a.id;
    case OverdueRole:
        return overdue;
    case Qt::ForegroundRole:
        if (overdue)
            return RagColors::red();
        return {};
    case Qt::FontRole:
        if (overdue) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == QuestionColumn)
            return PlainText::toolTip(a.questionId);
        return overdue ? tr("Overdue since %1").arg(QLocale().toString(a.dueDate, QLocale::ShortFormat))
                       : PlainText::toolTip(a.notes);
    case SortRole:
        if (index.column() == Due)
            return a.dueDate.isValid() ? a.dueDate : QDate(9999, 12, 31);
        if (index.column() == Status)
            return int(a.status);
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Title:
        return a.title;
    case Owner:
        return a.owner;
    case Due:
        return a.dueDate.isValid() ? QLocale().toString(a.dueDate, QLocale::ShortFormat) : QString();
    case Status:
        return statusText(a.status);
    case QuestionColumn: {
        // The question in words; its id is in the tooltip.
        const auto *entry = m_document.questionnaire(a.questionnaireRef);
        const Question *question = entry ? entry->questionnaire.question(a.questionId) : nullptr;
        return question ? question->text.text() : a.questionId;
    }
    default:
        return {};
    }
}

QVariant ActionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Action");
    case Owner:
        return tr("Owner");
    case Due:
        return tr("Due");
    case Status:
        return tr("Status");
    case QuestionColumn:
        return tr("Question");
    default:
        return {};
    }
}

} // namespace readiness::ui
