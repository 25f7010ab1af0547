package dev.crosswalk.source.paypal;

import static dev.crosswalk.source.paypal.PayPalLanguage.DUTCH;
import static dev.crosswalk.source.paypal.PayPalLanguage.ENGLISH;
import static dev.crosswalk.source.paypal.PayPalLanguage.FRENCH;
import static dev.crosswalk.source.paypal.PayPalLanguage.GERMAN;
import static dev.crosswalk.source.paypal.PayPalLanguage.ITALIAN;
import static dev.crosswalk.source.paypal.PayPalLanguage.JAPANESE;
import static dev.crosswalk.source.paypal.PayPalLanguage.SPANISH;

import dev.crosswalk.csv.Header;
import dev.crosswalk.source.layout.Locator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The columns Crosswalk reads from a PayPal download, each with its names in every language PayPal writes: the
 * declaration a new language or a renamed column is added to. Names are those of real downloads (activity and
 * statement-style); a column a language's download does not have has no name in it.
 */
enum PayPalColumn {
    DATE(names().en("Date").de("Datum").fr("Date").es("Fecha").it("Data").nl("Datum").ja("日付")),
    TIME(names().en("Time").de("Uhrzeit").fr("Heure").es("Hora").it("Orario", "Ora").nl("Tijd").ja("時間")),
    TIME_ZONE(names().en("TimeZone", "Time Zone").de("Zeitzone").fr("Fuseau horaire").es("Zona horaria")
            .it("Fuso orario").nl("Tijdzone").ja("タイムゾーン")),
    NAME(names().en("Name").de("Name").fr("Nom").es("Nombre").it("Nome").nl("Naam").ja("名前")),
    /** The activity download's kind of movement ("Website Payment"). */
    TYPE(names().en("Type").de("Typ").fr("Type").es("Tipo").it("Tipo").ja("タイプ")),
    /** The statement-style download's kind of movement, where the activity download has Type. */
    DESCRIPTION(names().en("Description").de("Beschreibung").es("Descripción").it("Descrizione")
            .nl("Omschrijving")),
    STATUS(names().en("Status").de("Status").fr("État").es("Estado").it("Stato").ja("ステータス")),
    CURRENCY(names().en("Currency").de("Währung").fr("Devise").es("Divisa").it("Valuta").nl("Valuta").ja("通貨")),
    GROSS(names().en("Gross").de("Brutto").fr("Avant commission").es("Bruto").it("Lordo").nl("Bruto").ja("合計")),
    FEE(names().en("Fee").de("Gebühr", "Entgelt").fr("Commission").es("Comisión").it("Tariffa").nl("Kosten")
            .ja("手数料")),
    NET(names().en("Net").de("Netto").fr("Net").es("Neto").it("Netto").nl("Net").ja("正味")),
    FROM_EMAIL(names().en("From Email Address").de("Absender E-Mail-Adresse").fr("De l'adresse email")
            .es("Correo electrónico del remitente").it("Indirizzo email mittente").nl("Van e-mailadres")
            .ja("送信者メールアドレス")),
    TO_EMAIL(names().en("To Email Address").de("Empfänger E-Mail-Adresse").fr("À l'adresse email")
            .es("Correo electrónico del destinatario").it("Indirizzo email destinatario")
            .ja("受信者メールアドレス")),
    TRANSACTION_ID(names().en("Transaction ID").de("Transaktionscode").fr("Numéro de transaction")
            .es("Id. de transacción").it("Codice transazione").nl("Transactiereferentie").ja("取引ID")),
    ITEM_TITLE(names().en("Item Title").de("Artikelbezeichnung").fr("Titre de l'objet")
            .es("Nombre del artículo").it("Titolo oggetto").ja("商品タイトル")),
    INVOICE_NUMBER(names().en("Invoice Number", "Invoice ID").de("Rechnungsnummer").fr("Numéro de facture")
            .es("Id. de factura", "N.° de formato de pago").it("N° ordine commerciante").nl("Factuurreferentie")
            .ja("請求書番号")),
    REFERENCE_TXN_ID(names().en("Reference Txn ID").de("Zugehöriger Transaktionscode")
            .fr("Numéro de la transaction de référence").es("Id. de referencia de trans.",
                    "Id. de referencia de la transacción")
            .it("Codice transazione di riferimento").nl("Reference Txn ID")
            .ja("リファレンス トランザクションID")),
    BALANCE_IMPACT(names().en("Balance Impact").de("Auswirkung auf Guthaben").fr("Impact sur le solde")
            .es("Repercusiones en el saldo").it("Impatto sul saldo").ja("残高への影響")),
    /** PayPal's transaction event code (T0006 …), the same in every language: where present it classifies the row. */
    EVENT_CODE(names().en("Transaction Event Code").fr("Code de transaction")),
    PHONE(names().en("Contact Phone Number").de("Telefon").fr("Numéro de téléphone du contact")
            .es("Número de teléfono de contacto").it("Telefono").ja("連絡先の電話番号")),
    ADDRESS_LINE1(names().en("Address Line 1").fr("Adresse").es("Dirección").it("Indirizzo").ja("住所1行目")),
    ADDRESS_LINE2(names().en("Address Line 2/District/Neighborhood").fr("Adresse (suite)/District/Quartier")
            .es("Dirección (continuación)/Distrito/Barrio").it("Indirizzo (continua)")
            .ja("住所2行目/地区/地域")),
    CITY(names().en("Town/City").fr("Ville").es("Población o Ciudad").it("Città").ja("市区町村")),
    REGION(names().en("State/Province/Region/County/Territory/Prefecture/Republic")
            .fr("État/Province/Région/Comté/Territoire/Préfecture/République")
            .es("Estado/Provincia/Región/Condado/Territorio/Prefectura/República").it("Provincia")
            .ja("都道府県")),
    POSTAL_CODE(names().en("Zip/Postal Code").fr("Code postal").es("Código postal").it("CAP/Codice postale")
            .ja("郵便番号")),
    COUNTRY(names().en("Country").fr("Pays").es("País").it("Paese").ja("国および地域"));

    private final Map<PayPalLanguage, List<String>> names;

    PayPalColumn(Names names) {
        this.names = names.byLanguage;
    }

    /** The column's names in a language's downloads, the usual one first; empty when it has none there. */
    List<String> names(PayPalLanguage language) {
        return names.getOrDefault(language, List.of());
    }

    /** The first column of the header with one of this column's names in that language, in any letter case; or -1. */
    int index(Header header, PayPalLanguage language) {
        return Locator.ANY_CASE.locate(header, names(language));
    }

    private static Names names() {
        return new Names();
    }

    /** Reads as the declaration: {@code names().en("Date").de("Datum")}. */
    private static final class Names {
        private final Map<PayPalLanguage, List<String>> byLanguage = new EnumMap<>(PayPalLanguage.class);

        Names en(String... names) {
            return in(ENGLISH, names);
        }

        Names de(String... names) {
            return in(GERMAN, names);
        }

        Names fr(String... names) {
            return in(FRENCH, names);
        }

        Names es(String... names) {
            return in(SPANISH, names);
        }

        Names it(String... names) {
            return in(ITALIAN, names);
        }

        Names nl(String... names) {
            return in(DUTCH, names);
        }

        Names ja(String... names) {
            return in(JAPANESE, names);
        }

        Names in(PayPalLanguage language, String... names) {
            byLanguage.put(language, List.of(names));
            return this;
        }
    }
}
