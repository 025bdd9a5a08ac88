#include "CustomerCard.h"

#include "sop/SopContextBuilder.h"
#include "toolkit/Fonts.h"
#include "toolkit/Format.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace csodesk::ui {

namespace {

QString invoiceText(const Customer& customer)
{
    switch (customer.invoiceEmailState) {
    case InvoiceEmailState::None:
        return CustomerCard::tr("Belum berlangganan");
    case InvoiceEmailState::Requested:
        return CustomerCard::tr("Diajukan ke %1").arg(customer.invoiceEmail);
    case InvoiceEmailState::Subscribed:
        return CustomerCard::tr("Berlangganan ke %1").arg(customer.invoiceEmail);
    case InvoiceEmailState::Unsubscribed:
        return CustomerCard::tr("Berhenti berlangganan");
    }
    return {};
}

} // namespace

CustomerCard::CustomerCard(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("agentCustomerCard"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("agentCustomerName"));
    m_title->setFont(headingFont(font()));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("agentCustomerMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    m_details = new QWidget(this);
    auto* grid = new QGridLayout(m_details);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    m_idpel = addRow(tr("IDPEL / meter"), QStringLiteral("agentCustomerIdpel"), 0);
    m_paymentType = addRow(tr("Jenis"), QStringLiteral("agentCustomerPaymentType"), 1);
    m_tariff = addRow(tr("Tarif / daya"), QStringLiteral("agentCustomerTariff"), 2);
    m_unit = addRow(tr("Unit"), QStringLiteral("agentCustomerUnit"), 3);
    m_address = addRow(tr("Alamat"), QStringLiteral("agentCustomerAddress"), 4);
    m_phone = addRow(tr("Telepon"), QStringLiteral("agentCustomerPhone"), 5);
    m_invoice = addRow(tr("Invoice email"), QStringLiteral("agentCustomerInvoice"), 6);
    m_arrears = addRow(tr("Tunggakan"), QStringLiteral("agentCustomerArrears"), 7);
    m_arrears->setTextFormat(Qt::RichText); // the arrears in red, the current bill beside them not
    layout->addWidget(m_details);
    showEmpty();
}

QLabel* CustomerCard::addRow(const QString& label, const QString& objectName, int index)
{
    auto* grid = static_cast<QGridLayout*>(m_details->layout());
    // Two columns of label/value pairs keep the card short on a 768-pixel-high screen.
    const int row = index % 4;
    const int column = (index / 4) * 2;
    auto* caption = new QLabel(label + QLatin1Char(':'), m_details);
    caption->setFont(smallFont(font()));
    QPalette palette = caption->palette();
    palette.setColor(QPalette::WindowText, QColor(0x55, 0x5f, 0x6a));
    caption->setPalette(palette);
    auto* value = new QLabel(m_details);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(caption, row, column, Qt::AlignTop);
    grid->addWidget(value, row, column + 1, Qt::AlignTop);
    return value;
}

void CustomerCard::showCustomer(const CustomerLookup& lookup)
{
    const Customer& customer = lookup.customer;
    m_title->setText(customer.name);
    m_message->clear();
    m_message->setVisible(false);
    m_idpel->setText(customer.meterNumber.isEmpty()
            ? customer.idpel
            : QStringLiteral("%1 / %2").arg(customer.idpel, customer.meterNumber));
    m_paymentType->setText(customer.isPrepaid() ? tr("Prabayar (token)") : tr("Pascabayar (rekening)"));
    m_tariff->setText(QStringLiteral("%1 / %2").arg(customer.tariffClass, formatPowerVa(customer.powerVa)));
    const Unit* ulp = lookup.ulp();
    m_unit->setText(ulp ? QStringLiteral("%1 %2").arg(ulp->code, ulp->name) : customer.ulpCode);
    m_address->setText(customer.address);
    m_phone->setText(customer.phone.isEmpty() ? tr("(tidak ada)") : customer.phone);
    m_invoice->setText(invoiceText(customer));
    QPalette palette = m_arrears->palette();
    QFont arrearsFont = font();
    if (customer.isPrepaid()) {
        m_arrears->setText(tr("— (prabayar)"));
        palette.setColor(QPalette::WindowText, palette.color(QPalette::Text));
    } else {
        // A bill not yet due is the current bill, not arrears: said beside them, never in red.
        QString current;
        for (const Bill& bill : lookup.currentBills)
            current += tr("; tagihan berjalan %1, jatuh tempo %2")
                           .arg(formatRupiah(bill.total), bill.dueDate.toString(QStringLiteral("dd-MM-yyyy")));
        if (lookup.arrears.isEmpty()) {
            m_arrears->setText(tr("Tidak ada") + current);
            palette.setColor(
                QPalette::WindowText, current.isEmpty() ? QColor(0x1e, 0x6e, 0x32) : palette.color(QPalette::Text));
        } else {
            // Only the arrears in red and bold; the current bill beside them in the plain colour.
            const QString arrears
                = tr("%1 (%n rekening, termasuk denda %2)", nullptr, int(lookup.arrears.unpaidBills.size()))
                      .arg(formatRupiah(lookup.arrears.total), formatRupiah(lookup.arrears.lateFees));
            m_arrears->setText(QStringLiteral("<span style=\"color:#b01e1e; font-weight:bold\">%1</span>%2")
                                   .arg(arrears.toHtmlEscaped(), current.toHtmlEscaped()));
        }
    }
    m_arrears->setPalette(palette);
    m_arrears->setFont(arrearsFont);
    m_arrears->setProperty("highlighted", !customer.isPrepaid() && !lookup.arrears.isEmpty());
    m_details->setVisible(true);
}

void CustomerCard::showMessage(const QString& title, const QString& text)
{
    m_title->setText(title);
    m_message->setText(text);
    m_message->setVisible(true);
    m_details->setVisible(false);
}

void CustomerCard::showEmpty()
{
    showMessage(tr("Belum ada pelanggan"),
        tr("Ketik IDPEL (12 digit) atau nomor meter (11 digit) di kolom pencarian, lalu Enter."));
}

} // namespace csodesk::ui
