// Over 500 lines on purpose: one keyboard-first widget with four pages (picker, step, outcome,
// waiting) whose key handling, focus rules and page building depend on each other; split by
// page, each part would need the others' private state. The walk's rules are the call's
// (core/calls/Call, core/sop/SopSession); only rendering and keys are here.
#include "SopPanel.h"

#include "ContactHistoryModel.h"
#include "apkt/ApktCatalogue.h"
#include "common/TimeUtil.h"
#include "toolkit/Fonts.h"
#include "toolkit/Format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace csodesk::ui {

namespace {

// 1-9 from a key event, 0 when the key is not a number key.
int numberKey(const QKeyEvent* event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return 0;
    if (event->key() >= Qt::Key_1 && event->key() <= Qt::Key_9)
        return event->key() - Qt::Key_0;
    return 0;
}

bool isEnter(const QKeyEvent* event)
{
    return (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
}

QLabel* scriptLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setFont(scriptFont(parent->font()));
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(label->fontMetrics().height() / 2);
    label->setAutoFillBackground(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::Window, QColor(0xff, 0xfb, 0xe8)); // a script card, easy to find while talking
    label->setPalette(palette);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    return label;
}

QLabel* smallLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setFont(smallFont(parent->font()));
    return label;
}

// Push buttons do not wrap their text; long answers are broken between words so that a button
// never forces the panel wider than its share of a 1366-pixel screen.
QString wrapped(const QString& text, int maxChars)
{
    QStringList lines;
    QString line;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > maxChars) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QLatin1Char('\n'));
}

constexpr int kChoiceLineChars = 48;
// Besides the repeat found: how many more of the customer's tickets the link list offers.
constexpr int kOtherLinkCandidates = 8;

void setTextColor(QLabel* label, const QColor& color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

void setProblemStyle(QLabel* label)
{
    setTextColor(label, QColor(0xb0, 0x1e, 0x1e));
}

void setWarningStyle(QLabel* label)
{
    setTextColor(label, QColor(0x8a, 0x5a, 0x00));
}

} // namespace

SopPanel::SopPanel(
    Call& call, const SopLibrary& library, const ApktCatalogue& catalogue, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_call(call)
    , m_library(library)
    , m_catalogue(catalogue)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("agentSopPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    m_waitingPage = new QWidget(m_pages);
    auto* waitingLayout = new QVBoxLayout(m_waitingPage);
    auto* waiting = new QLabel(tr("Cari pelanggan dulu (F2), lalu pilih SOP di sini."), m_waitingPage);
    waiting->setObjectName(QStringLiteral("agentSopWaiting"));
    waiting->setAlignment(Qt::AlignCenter);
    waiting->setWordWrap(true);
    waitingLayout->addWidget(waiting);
    m_pages->addWidget(m_waitingPage);

    buildPicker();
    buildStepPage();
    buildOutcomePage();

    auto* back = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this, this, &SopPanel::goBack);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    for (const QKeySequence& keys :
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto* file = new QShortcut(keys, this, this, &SopPanel::requestFiling);
        file->setContext(Qt::WidgetWithChildrenShortcut);
    }
    clear();
}

SopPanel::~SopPanel() = default;

void SopPanel::buildPicker()
{
    m_pickerPage = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(m_pickerPage);
    auto* heading = new QLabel(tr("Pilih SOP"), m_pickerPage);
    heading->setFont(headingFont(font()));
    layout->addWidget(heading);
    auto* hint = smallLabel(m_pickerPage, QStringLiteral("agentSopPickerHint"));
    hint->setText(tr("Ketik untuk menyaring, tekan angka 1–9 atau Enter untuk memilih."));
    layout->addWidget(hint);
    m_filter = new QLineEdit(m_pickerPage);
    m_filter->setObjectName(QStringLiteral("agentSopFilter"));
    m_filter->setPlaceholderText(tr("Saring SOP…"));
    m_filter->installEventFilter(this);
    layout->addWidget(m_filter);
    m_sopList = new QListWidget(m_pickerPage);
    m_sopList->setObjectName(QStringLiteral("agentSopList"));
    m_sopList->setFont(scriptFont(font()));
    m_sopList->setWordWrap(true);
    m_sopList->installEventFilter(this);
    layout->addWidget(m_sopList, 1);
    connect(m_filter, &QLineEdit::textChanged, this, &SopPanel::refreshPicker);
    connect(m_sopList, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { pickVisible(m_sopList->row(item) + 1); });
    m_pages->addWidget(m_pickerPage);
}

void SopPanel::buildStepPage()
{
    m_stepPage = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(m_stepPage);
    m_sopTitle = new QLabel(m_stepPage);
    m_sopTitle->setObjectName(QStringLiteral("agentSopTitle"));
    m_sopTitle->setFont(headingFont(font()));
    m_sopTitle->setWordWrap(true);
    layout->addWidget(m_sopTitle);
    m_path = smallLabel(m_stepPage, QStringLiteral("agentSopPath"));
    layout->addWidget(m_path);
    m_script = scriptLabel(m_stepPage, QStringLiteral("agentSopScript"));
    layout->addWidget(m_script);
    m_suggestion = smallLabel(m_stepPage, QStringLiteral("agentSopSuggestion"));
    layout->addWidget(m_suggestion);

    m_choiceBox = new QWidget(m_stepPage);
    m_choiceLayout = new QVBoxLayout(m_choiceBox);
    m_choiceLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_choiceBox);
    m_fieldBox = new QWidget(m_stepPage);
    m_fieldLayout = new QVBoxLayout(m_fieldBox);
    m_fieldLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fieldBox);
    layout->addStretch(1);

    auto* buttons = new QHBoxLayout;
    m_backButton = new QPushButton(tr("&Kembali (Alt+←)"), m_stepPage);
    m_backButton->setObjectName(QStringLiteral("agentSopBack"));
    m_continueButton = new QPushButton(tr("&Lanjut (Enter)"), m_stepPage);
    m_continueButton->setObjectName(QStringLiteral("agentSopContinue"));
    m_continueButton->setAutoDefault(true);
    buttons->addWidget(m_backButton);
    buttons->addStretch(1);
    buttons->addWidget(m_continueButton);
    layout->addLayout(buttons);
    connect(m_backButton, &QPushButton::clicked, this, &SopPanel::goBack);
    connect(m_continueButton, &QPushButton::clicked, this, [this] {
        if (!walk())
            return;
        if (walk()->currentNode().kind == SopNodeKind::Collect)
            submitFields();
        else
            proceed();
    });
    m_pages->addWidget(m_stepPage);
}

void SopPanel::buildOutcomePage()
{
    m_outcomePage = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(m_outcomePage);
    m_outcomeTitle = new QLabel(tr("Pratinjau tiket"), m_outcomePage);
    m_outcomeTitle->setFont(headingFont(font()));
    layout->addWidget(m_outcomeTitle);
    m_outcomePath = smallLabel(m_outcomePage, QStringLiteral("agentOutcomePath"));
    layout->addWidget(m_outcomePath);
    m_outcomeScript = scriptLabel(m_outcomePage, QStringLiteral("agentOutcomeScript"));
    layout->addWidget(m_outcomeScript);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_previewKind = new QLabel(m_outcomePage);
    m_previewKind->setObjectName(QStringLiteral("agentPreviewKind"));
    m_previewType = new QLabel(m_outcomePage);
    m_previewType->setObjectName(QStringLiteral("agentPreviewType"));
    m_previewType->setWordWrap(true);
    m_previewUnit = new QLabel(m_outcomePage);
    m_previewUnit->setObjectName(QStringLiteral("agentPreviewUnit"));
    m_previewDescription = new QLabel(m_outcomePage);
    m_previewDescription->setObjectName(QStringLiteral("agentPreviewDescription"));
    m_previewDescription->setWordWrap(true);
    m_previewDescription->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Jenis:"), m_previewKind);
    form->addRow(tr("Jenis / sub-jenis:"), m_previewType);
    form->addRow(tr("Unit:"), m_previewUnit);
    form->addRow(tr("Uraian:"), m_previewDescription);
    layout->addLayout(form);

    m_linkBox = new QWidget(m_outcomePage);
    m_linkBox->setObjectName(QStringLiteral("agentLinkRepeatBox"));
    auto* linkLayout = new QHBoxLayout(m_linkBox);
    linkLayout->setContentsMargins(0, 0, 0, 0);
    auto* linkLabel = new QLabel(tr("⚠ Kontak berulang, ta&utkan ke:"), m_linkBox);
    m_linkRepeat = new QComboBox(m_linkBox);
    m_linkRepeat->setObjectName(QStringLiteral("agentLinkRepeat"));
    m_linkRepeat->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    linkLabel->setBuddy(m_linkRepeat);
    linkLayout->addWidget(linkLabel);
    linkLayout->addWidget(m_linkRepeat, 1);
    m_linkBox->setVisible(false);
    layout->addWidget(m_linkBox);

    auto* noteLabel = new QLabel(tr("Catatan &agen (opsional):"), m_outcomePage);
    m_note = new QPlainTextEdit(m_outcomePage);
    m_note->setObjectName(QStringLiteral("agentNote"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 4);
    noteLabel->setBuddy(m_note);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    layout->addStretch(1);
    connect(m_note, &QPlainTextEdit::textChanged, this, &SopPanel::walkChanged);

    auto* buttons = new QHBoxLayout;
    m_outcomeBack = new QPushButton(tr("&Kembali (Alt+←)"), m_outcomePage);
    m_outcomeBack->setObjectName(QStringLiteral("agentOutcomeBack"));
    m_fileButton = new QPushButton(tr("Kirim &tiket (Ctrl+Enter)"), m_outcomePage);
    m_fileButton->setObjectName(QStringLiteral("agentFileButton"));
    m_fileButton->setAutoDefault(true);
    buttons->addWidget(m_outcomeBack);
    buttons->addStretch(1);
    buttons->addWidget(m_fileButton);
    layout->addLayout(buttons);
    connect(m_outcomeBack, &QPushButton::clicked, this, &SopPanel::goBack);
    connect(m_fileButton, &QPushButton::clicked, this, &SopPanel::requestFiling);
    m_pages->addWidget(m_outcomePage);
}

void SopPanel::showCustomer()
{
    m_filing = false;
    m_filter->clear();
    refreshPicker();
    m_pages->setCurrentWidget(m_pickerPage);
}

void SopPanel::clear()
{
    m_filing = false;
    m_offered.clear();
    m_sopList->clear();
    m_note->clear();
    m_pages->setCurrentWidget(m_waitingPage);
}

void SopPanel::focusEntry()
{
    QWidget* page = m_pages->currentWidget();
    if (page == m_pickerPage) {
        m_filter->setFocus();
    } else if (page == m_outcomePage) {
        m_note->setFocus();
    } else if (page == m_stepPage && walk()) {
        const SopNode& node = walk()->currentNode();
        if (node.kind == SopNodeKind::Collect && !m_fieldEdits.isEmpty()) {
            // The first field with a problem, else the first field.
            for (const SopField& field : node.fields) {
                if (!m_fieldProblems.value(field.id)->text().isEmpty()) {
                    m_fieldEdits.value(field.id)->setFocus();
                    return;
                }
            }
            m_fieldEdits.value(node.fields.first().id)->setFocus();
        } else if (node.kind == SopNodeKind::Ask && !m_choiceButtons.isEmpty()) {
            const QString suggested = walk()->suggestedChoice();
            for (int i = 0; i < node.choices.size(); ++i) {
                if (node.choices.at(i).id == suggested) {
                    m_choiceButtons.at(i)->setFocus();
                    return;
                }
            }
            for (QPushButton* button : std::as_const(m_choiceButtons)) {
                if (button->isEnabled()) {
                    button->setFocus();
                    return;
                }
            }
        } else {
            m_continueButton->setFocus();
        }
    }
}

void SopPanel::refreshPicker()
{
    m_sopList->clear();
    m_offered.clear();
    if (!m_call.customer())
        return;
    const QString filter = m_filter->text().trimmed();
    const QList<SopLibrary::DocumentPtr> documents = m_library.effectiveOn(wibDate(m_clock.nowUtc()));
    for (const SopLibrary::DocumentPtr& document : documents) {
        if (!filter.isEmpty() && !document->title.contains(filter, Qt::CaseInsensitive)
            && !document->id.contains(filter, Qt::CaseInsensitive))
            continue;
        m_offered.append(document);
        const int number = int(m_offered.size());
        auto* item = new QListWidgetItem(
            number <= 9 ? QStringLiteral("%1  %2").arg(number).arg(document->title) : document->title, m_sopList);
        item->setToolTip(tr("%1, versi %2").arg(document->id).arg(document->version));
    }
    if (m_sopList->count() > 0)
        m_sopList->setCurrentRow(0);
}

void SopPanel::pickVisible(int number)
{
    if (number < 1 || number > m_offered.size())
        return;
    start(m_offered.at(number - 1));
}

void SopPanel::start(const SopLibrary::DocumentPtr& document)
{
    if (!m_call.startWalk(document).ok())
        return;
    m_note->clear();
    showCurrent();
    Q_EMIT walkChanged();
}

void SopPanel::showResumedWalk()
{
    // A copy: restoring each text is an edit the call saves as it comes.
    const CallDraft saved = m_call.draft();
    showCurrent();
    m_note->setPlainText(saved.agentNote);
    for (auto it = saved.pendingFields.cbegin(); it != saved.pendingFields.cend(); ++it) {
        if (QLineEdit* edit = m_fieldEdits.value(it.key()))
            edit->setText(it.value());
    }
}

QMap<QString, QString> SopPanel::pendingFields() const
{
    if (!walk() || walk()->currentNode().kind != SopNodeKind::Collect)
        return {};
    return typedValues();
}

QString SopPanel::agentNote() const
{
    return m_note->toPlainText().trimmed();
}

void SopPanel::setRepeatContact(const QString& ticketNumber)
{
    m_linkRepeat->clear();
    m_linkBox->setVisible(!ticketNumber.isEmpty());
    if (ticketNumber.isEmpty())
        return;
    const CallCustomer* customer = m_call.customer();
    const QList<CustomerTicketRef> history = customer ? customer->lookup.tickets : QList<CustomerTicketRef>();
    auto describe = [this](const CustomerTicketRef& ticket) {
        // The sub-type last: where the line is cut at 1366 pixels, what is cut matters least.
        return tr("%1 · %2 · %3 · %4")
            .arg(ticket.ticketNumber, ContactHistoryModel::statusLabel(ticket.status),
                formatWibDateTime(ticket.createdAt), m_catalogue.subIssueTypeName(ticket.subIssueTypeId));
    };
    // The repeat found first, then the customer's other tickets (newest first), then none.
    bool listed = false;
    for (const CustomerTicketRef& ticket : history) {
        if (ticket.ticketNumber == ticketNumber) {
            m_linkRepeat->addItem(describe(ticket), ticket.ticketNumber);
            listed = true;
        }
    }
    if (!listed)
        m_linkRepeat->addItem(ticketNumber, ticketNumber);
    int others = 0;
    for (const CustomerTicketRef& ticket : history) {
        if (ticket.ticketNumber != ticketNumber && others < kOtherLinkCandidates) {
            m_linkRepeat->addItem(describe(ticket), ticket.ticketNumber);
            ++others;
        }
    }
    m_linkRepeat->addItem(tr("Jangan tautkan (bukan kontak berulang)"), QString());
    for (int i = 0; i < m_linkRepeat->count(); ++i)
        m_linkRepeat->setItemData(i, m_linkRepeat->itemText(i), Qt::ToolTipRole);
    m_linkRepeat->setCurrentIndex(0);
    m_linkRepeat->setToolTip(tr("Tiket sebelumnya dengan sub-jenis yang sama dipilih lebih dulu; "
                                "pilih tiket lain pelanggan ini atau \"Jangan tautkan\"."));
}

QString SopPanel::linkedTicketNumber() const
{
    return m_linkBox->isHidden() ? QString() : m_linkRepeat->currentData().toString();
}

void SopPanel::setFilingInProgress(bool inProgress)
{
    m_filing = inProgress;
    m_fileButton->setEnabled(!inProgress);
    m_outcomeBack->setEnabled(!inProgress);
    m_note->setReadOnly(inProgress);
}

void SopPanel::clearDynamic()
{
    // Later, not now: the button or field that triggered this step is still in its own event
    // handler (a click, returnPressed) and must outlive it.
    for (QPushButton* button : std::as_const(m_choiceButtons)) {
        m_choiceLayout->removeWidget(button);
        button->hide();
        button->deleteLater();
    }
    m_choiceButtons.clear();
    while (QLayoutItem* item = m_fieldLayout->takeAt(0)) {
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    m_fieldEdits.clear();
    m_fieldProblems.clear();
    m_fieldWarnings.clear();
    m_confirmWarnings = nullptr;
    m_submitTried = false;
}

void SopPanel::showCurrent()
{
    clearDynamic();
    if (!walk()) {
        m_pages->setCurrentWidget(m_call.customer() ? m_pickerPage : m_waitingPage);
        return;
    }
    if (walk()->isAtOutcome())
        showOutcome();
    else
        showStep();
}

QString SopPanel::pathText() const
{
    QStringList parts;
    for (const TranscriptStep& step : walk()->path()) {
        if (!step.choiceId.isEmpty())
            parts << step.choiceLabel;
        else if (!step.fields.isEmpty())
            parts << QStringList(step.fields.values()).join(QStringLiteral(", "));
    }
    return parts.isEmpty() ? tr("Jalur: (awal)") : tr("Jalur: %1").arg(parts.join(QStringLiteral(" › ")));
}

void SopPanel::showStep()
{
    const SopNode& node = walk()->currentNode();
    m_sopTitle->setText(walk()->sop().title);
    m_path->setText(pathText());
    m_script->setText(walk()->text());
    // The customer hears Indonesian whatever the interface language; the English gloss helps
    // an agent working in English without putting it in their mouth.
    m_script->setToolTip(walk()->text(SopLanguage::English));
    m_backButton->setEnabled(walk()->canGoBack());
    m_suggestion->clear();
    m_suggestion->setVisible(false);
    m_choiceBox->setVisible(node.kind == SopNodeKind::Ask);
    m_fieldBox->setVisible(node.kind == SopNodeKind::Collect);
    m_continueButton->setVisible(node.kind != SopNodeKind::Ask);
    m_continueButton->setText(
        node.kind == SopNodeKind::Collect ? tr("&Simpan dan lanjut (Enter)") : tr("&Lanjut (Enter)"));

    if (node.kind == SopNodeKind::Ask) {
        const QString suggested = walk()->suggestedChoice();
        for (int i = 0; i < node.choices.size(); ++i) {
            const SopChoice& choice = node.choices.at(i);
            QString label = walk()->choiceLabel(choice);
            // A choice that is not true for this customer stays in sight, greyed out with the
            // reason, so the agent knows why it cannot be read out.
            const QString unavailable = walk()->unavailableReason(choice);
            // Not true of the bill talked about, but of another month's: offered on that bill
            // (the newest that fits, e.g. the newest averaged month).
            const std::optional<BillingPeriod> otherBill
                = unavailable.isEmpty() ? std::nullopt : m_call.billWhere(choice);
            const bool offered = unavailable.isEmpty() || otherBill;
            if (otherBill)
                label += tr(" — untuk rekening %1").arg(otherBill->displayName());
            else if (!unavailable.isEmpty())
                label += tr(" — tidak berlaku: %1").arg(unavailable);
            if (choice.id == suggested)
                label += tr("  (disarankan)");
            const QString text = wrapped(label, kChoiceLineChars).replace(QLatin1Char('\n'), QStringLiteral("\n     "));
            auto* button = new QPushButton(i < 9 ? QStringLiteral("%1   %2").arg(i + 1).arg(text) : text, m_choiceBox);
            button->setObjectName(QStringLiteral("agentSopChoice%1").arg(i + 1));
            button->setAutoDefault(true);
            button->setStyleSheet(QStringLiteral("text-align: left; padding: 6px 10px;"));
            button->setFont(scriptFont(font()));
            button->setEnabled(offered);
            if (otherBill)
                button->setToolTip(tr("Rekening yang sedang dibicarakan: %1. Memilih ini beralih ke rekening %2.")
                                       .arg(unavailable, otherBill->displayName()));
            else if (!unavailable.isEmpty())
                button->setToolTip(tr("Tidak berlaku untuk pelanggan ini: %1").arg(unavailable));
            m_choiceLayout->addWidget(button);
            m_choiceButtons.append(button);
            connect(button, &QPushButton::clicked, this, [this, i] { choose(i + 1); });
        }
        if (!suggested.isEmpty()) {
            m_suggestion->setText(
                tr("Saran dari angka stand: pilihan yang ditandai \"disarankan\". Agen tetap memilih."));
            m_suggestion->setVisible(true);
        }
    } else if (node.kind == SopNodeKind::Collect) {
        for (const SopField& field : node.fields) {
            auto* label = new QLabel(field.required ? field.label : tr("%1 (opsional)").arg(field.label), m_fieldBox);
            auto* edit = new QLineEdit(m_fieldBox);
            edit->setObjectName(QStringLiteral("agentField_%1").arg(field.id));
            if (field.type == SopFieldType::Text)
                edit->setMaxLength(field.maxLength);
            label->setBuddy(edit);
            auto* problem = smallLabel(m_fieldBox, QStringLiteral("agentFieldProblem_%1").arg(field.id));
            setProblemStyle(problem);
            auto* warning = smallLabel(m_fieldBox, QStringLiteral("agentFieldWarning_%1").arg(field.id));
            setWarningStyle(warning);
            warning->hide();
            m_fieldLayout->addWidget(label);
            m_fieldLayout->addWidget(edit);
            m_fieldLayout->addWidget(problem);
            m_fieldLayout->addWidget(warning);
            m_fieldEdits.insert(field.id, edit);
            m_fieldProblems.insert(field.id, problem);
            m_fieldWarnings.insert(field.id, warning);
            connect(edit, &QLineEdit::textChanged, this, &SopPanel::onFieldEdited);
            connect(edit, &QLineEdit::returnPressed, this, &SopPanel::submitFields);
        }
        m_confirmWarnings = new QCheckBox(tr("Su&dah dipastikan dengan pelanggan; simpan angka ini"), m_fieldBox);
        m_confirmWarnings->setObjectName(QStringLiteral("agentConfirmWarnings"));
        m_confirmWarnings->hide();
        m_fieldLayout->addWidget(m_confirmWarnings);
        // Space ticks it; focus goes back to the field so Enter saves, as for any other field.
        connect(m_confirmWarnings, &QCheckBox::toggled, this, [this](bool checked) {
            if (!checked)
                return;
            for (auto it = m_fieldWarnings.cbegin(); it != m_fieldWarnings.cend(); ++it) {
                if (!it.value()->isHidden()) {
                    m_fieldEdits.value(it.key())->setFocus();
                    return;
                }
            }
        });
    }
    m_pages->setCurrentWidget(m_stepPage);
    focusEntry();
}

void SopPanel::showOutcome()
{
    auto draft = walk()->draft();
    m_outcomePath->setText(pathText());
    m_outcomeScript->setText(walk()->text());
    m_outcomeScript->setToolTip(walk()->text(SopLanguage::English));
    m_outcomeScript->setVisible(!walk()->text().isEmpty());
    m_linkBox->setVisible(false);
    m_linkRepeat->clear();
    if (draft.ok()) {
        const TicketDraft& d = draft.value();
        m_previewKind->setText(d.kind == TicketKind::Keluhan
                ? tr("KELUHAN (diteruskan ke unit, SLA %1 jam)").arg(d.slaHours)
                : tr("ISSUE CLOSED (selesai di contact center)"));
        m_previewType->setText(QStringLiteral("%1 / %2").arg(
            m_catalogue.issueTypeName(d.issueTypeId), m_catalogue.subIssueTypeName(d.subIssueTypeId)));
        m_previewUnit->setText(QStringLiteral("%1 — %2").arg(d.unitCode, d.unitName));
        m_previewDescription->setText(d.description);
    } else {
        // Nothing untrue is filed: the agent sees which value is missing and goes back.
        m_previewKind->clear();
        m_previewType->clear();
        m_previewUnit->clear();
        m_previewDescription->setText(draft.error().message);
    }
    setFilingInProgress(false);
    m_fileButton->setEnabled(draft.ok());
    m_pages->setCurrentWidget(m_outcomePage);
    m_note->setFocus();
    if (draft.ok())
        Q_EMIT outcomeReached(draft->subIssueTypeId);
}

QMap<QString, QString> SopPanel::typedValues() const
{
    QMap<QString, QString> values;
    for (auto it = m_fieldEdits.cbegin(); it != m_fieldEdits.cend(); ++it)
        values.insert(it.key(), it.value()->text());
    return values;
}

void SopPanel::onFieldEdited()
{
    if (!walk())
        return;
    const QMap<QString, QString> values = typedValues();
    const QMap<QString, QString> problems = walk()->fieldProblems(values);
    for (auto it = m_fieldProblems.cbegin(); it != m_fieldProblems.cend(); ++it) {
        // An untouched empty field is not nagged about until the agent tries to continue.
        const bool show = m_submitTried || !values.value(it.key()).trimmed().isEmpty();
        it.value()->setText(show ? problems.value(it.key()) : QString());
    }
    const QMap<QString, QString> warnings = walk()->fieldWarnings(values);
    for (auto it = m_fieldWarnings.cbegin(); it != m_fieldWarnings.cend(); ++it) {
        it.value()->setText(warnings.value(it.key()));
        it.value()->setVisible(warnings.contains(it.key()));
    }
    if (m_confirmWarnings) {
        // A tick given for one doubtful number does not carry over to another.
        if (warnings.isEmpty())
            m_confirmWarnings->setChecked(false);
        m_confirmWarnings->setVisible(!warnings.isEmpty());
    }
    Q_EMIT walkChanged();
}

void SopPanel::submitFields()
{
    if (!walk() || walk()->currentNode().kind != SopNodeKind::Collect)
        return;
    m_submitTried = true;
    const QMap<QString, QString> values = typedValues();
    if (!walk()->fieldProblems(values).isEmpty()) {
        onFieldEdited();
        focusEntry();
        return;
    }
    const bool confirmed = m_confirmWarnings && m_confirmWarnings->isChecked();
    if (!walk()->fieldWarnings(values).isEmpty() && !confirmed) {
        onFieldEdited();
        if (m_confirmWarnings)
            m_confirmWarnings->setFocus();
        return;
    }
    if (walk()->submit(values, confirmed).ok()) {
        showCurrent();
        Q_EMIT walkChanged();
    }
}

void SopPanel::choose(int number)
{
    if (!walk() || walk()->currentNode().kind != SopNodeKind::Ask)
        return;
    const SopNode& node = walk()->currentNode();
    if (number < 1 || number > node.choices.size())
        return;
    const SopChoice& choice = node.choices.at(number - 1);
    if (!walk()->unavailableReason(choice).isEmpty() && !m_call.billWhere(choice))
        return; // greyed out: its reason is on the button
    if (Status chosen = m_call.choose(choice.id); !chosen.ok()) {
        m_suggestion->setText(chosen.error().message);
        m_suggestion->setVisible(true);
        return;
    }
    showCurrent();
    Q_EMIT walkChanged();
}

void SopPanel::proceed()
{
    if (!walk() || walk()->currentNode().kind != SopNodeKind::Say)
        return;
    if (walk()->proceed().ok()) {
        showCurrent();
        Q_EMIT walkChanged();
    }
}

void SopPanel::goBack()
{
    if (m_filing)
        return;
    if (walk() && walk()->canGoBack()) {
        if (walk()->back().ok()) {
            showCurrent();
            Q_EMIT walkChanged();
        }
    } else if (walk()) {
        // Back from the first step: choose another SOP.
        m_call.abandonWalk();
        refreshPicker();
        m_pages->setCurrentWidget(m_pickerPage);
        m_filter->setFocus();
        Q_EMIT walkChanged();
    }
}

void SopPanel::requestFiling()
{
    if (walk() && walk()->isAtOutcome() && !m_filing)
        Q_EMIT fileRequested();
}

void SopPanel::keyPressEvent(QKeyEvent* event)
{
    // Enter is not handled here: the focused Continue button takes it at a say node, and an
    // Enter that a field passed on after submitting must not also continue the next step.
    if (walk() && m_pages->currentWidget() == m_stepPage) {
        if (walk()->currentNode().kind == SopNodeKind::Ask) {
            if (const int number = numberKey(event)) {
                choose(number);
                return;
            }
        }
    }
    QWidget::keyPressEvent(event);
}

bool SopPanel::eventFilter(QObject* watched, QEvent* event)
{
    if ((watched == m_filter || watched == m_sopList) && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (const int number = numberKey(key)) {
            pickVisible(number);
            return true;
        }
        if (isEnter(key)) {
            pickVisible(m_sopList->currentRow() + 1);
            return true;
        }
        if (watched == m_filter && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
            const int row = m_sopList->currentRow() + (key->key() == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_sopList->count())
                m_sopList->setCurrentRow(row);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace csodesk::ui
