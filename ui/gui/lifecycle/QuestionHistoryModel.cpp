#include "QuestionHistoryModel.h"

#include "LifecycleRepository.h"
#include "PlainText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace readiness::ui {

QuestionHistoryModel::QuestionHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QString QuestionHistoryModel::load(AssessmentRepository &repository, qint64 questionnaireRef, const QString &questionId)
{
    beginResetModel();
    auto history = lifecycle::LifecycleRepository(repository).questionHistory(questionnaireRef, questionId);
    m_entries = history ? *history : QList<lifecycle::HistoryEntry>();
    endResetModel();
    return history ? QString() : history.error().toString();
}

int QuestionHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int QuestionHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QuestionHistoryModel::readable(const QString &json)
{
    if (json.isEmpty())
        return {};
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    QStringList lines;
    for (auto it = o.begin(); it != o.end(); ++it)
        lines << u"%1: %2"_s.arg(it.key(), it.value().toVariant().toString());
    return lines.join(u'\n');
}

QVariant QuestionHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (role == Qt::ToolTipRole) // values and names from the file: shown literally
        return PlainText::toolTip(data(index, Qt::DisplayRole).toString());
    const lifecycle::HistoryEntry &e = m_entries.at(index.row());
    switch (index.column()) {
    case When:
        return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
    case Who:
        return e.actor;
    case What:
        return u"%1 %2"_s.arg(e.action, e.entity);
    case Before:
        return readable(e.oldValue);
    case After:
        return readable(e.newValue);
    default:
        return {};
    }
}

QVariant QuestionHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case What:
        return tr("What");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    default:
        return {};
    }
}

} // namespace readiness::ui
