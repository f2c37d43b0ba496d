<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sq_AL" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About the Internet Branch</source>
        <translation>Rreth Degës Internet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Internet Branch&lt;/h3&gt;&lt;p&gt;Version {version}&lt;/p&gt;&lt;p&gt;The bank&apos;s Internet Branch on your computer: accounts, account transactions, transfers and statements, in Albanian and English.&lt;/p&gt;&lt;p&gt;Call Center (24 hours): +355 4 2266 288&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dega Internet&lt;/h3&gt;&lt;p&gt;Versioni {version}&lt;/p&gt;&lt;p&gt;Dega Internet e bankës në kompjuterin tuaj: llogaritë, veprimet e llogarisë, transfertat dhe ekstraktet, në shqip dhe në anglisht.&lt;/p&gt;&lt;p&gt;Call Center (24 orë): +355 4 2266 288&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Savings</source>
        <translation>Kursimi</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Rrjedhëse</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Llogaria</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Lloji</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monedha</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Gjendja</translation>
    </message>
    <message>
        <source>Available balance</source>
        <translation>Gjendja e disponueshme</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Llogaritë</translation>
    </message>
    <message>
        <source>Total per currency: {totals}</source>
        <translation>Totali sipas monedhës: {totals}</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Rifresko</translation>
    </message>
    <message>
        <source>Refresh the accounts</source>
        <translation>Rifresko llogaritë</translation>
    </message>
    <message>
        <source>Press Enter on an account to see its transactions.</source>
        <translation>Shtypni Enter mbi një llogari për të parë veprimet e saj.</translation>
    </message>
    <message>
        <source>Press Enter or double-click an account to see its transactions. Available balance is the balance minus payments not yet booked.</source>
        <translation>Shtypni Enter ose klikoni dy herë mbi një llogari për të parë veprimet e saj. Gjendja e disponueshme është gjendja pa pagesat që ende nuk janë kontabilizuar.</translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <source>No balance to show for this period.</source>
        <translation>Nuk ka gjendje për të treguar për këtë periudhë.</translation>
    </message>
    <message>
        <source>Balance from {start} to {end}: {first} at the start, {last} at the end; lowest {lowest} on {lowest_day}, highest {highest} on {highest_day}.</source>
        <translation>Gjendja nga {start} deri më {end}: {first} në fillim, {last} në fund; më e ulëta {lowest} më {lowest_day}, më e larta {highest} më {highest_day}.</translation>
    </message>
    <message>
        <source>Balance over the period</source>
        <translation>Gjendja gjatë periudhës</translation>
    </message>
</context>
<context>
    <name>Beneficiaries</name>
    <message>
        <source>Delete the payee</source>
        <translation>Fshi përfituesin</translation>
    </message>
    <message>
        <source>Delete {name} ({iban}) from your beneficiaries?</source>
        <translation>Të fshihet {name} ({iban}) nga përfituesit tuaj?</translation>
    </message>
    <message>
        <source>Payments already made to this payee are not affected.</source>
        <translation>Pagesat e kryera më parë për këtë përfitues nuk preken.</translation>
    </message>
    <message>
        <source>Saved payees (beneficiaries)</source>
        <translation>Përfituesit e ruajtur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Saved payees</source>
        <translation>Përfituesit e ruajtur</translation>
    </message>
    <message>
        <source>F2 renames the selected payee; Delete removes it.</source>
        <translation>F2 riemërton përfituesin e zgjedhur; Delete e fshin.</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Riemërto</translation>
    </message>
    <message>
        <source>Rename the payee</source>
        <translation>Riemërto përfituesin</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Fshi</translation>
    </message>
    <message>
        <source>Add a payee</source>
        <translation>Shto një përfitues</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Emri:</translation>
    </message>
    <message>
        <source>Payee name</source>
        <translation>Emri i përfituesit</translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <source>Payee IBAN</source>
        <translation>IBAN-i i përfituesit</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Shto</translation>
    </message>
    <message>
        <source>Add the payee</source>
        <translation>Shto përfituesin</translation>
    </message>
</context>
<context>
    <name>CodeStep</name>
    <message>
        <source>The code is valid for {time}.</source>
        <translation>Kodi është i vlefshëm edhe {time}.</translation>
    </message>
    <message>
        <source>The code has expired. Ask for a new one.</source>
        <translation>Kodi ka skaduar. Kërkoni një kod të ri.</translation>
    </message>
    <message>
        <source>&amp;Resend the code ({seconds} s)</source>
        <translation>&amp;Ridërgo kodin ({seconds} s)</translation>
    </message>
    <message>
        <source>&amp;Resend the code</source>
        <translation>&amp;Ridërgo kodin</translation>
    </message>
    <message>
        <source>Resend the code</source>
        <translation>Ridërgo kodin</translation>
    </message>
    <message>
        <source>Enter the code from the SMS</source>
        <translation>Vendosni kodin nga SMS-ja</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Hyr</translation>
    </message>
    <message>
        <source>We sent a one-time code (FNP) by SMS to your mobile {phone}. Enter it below.</source>
        <translation>Ju dërguam me SMS një Fjalëkalim me një Përdorim (FNP) në celularin {phone}. Vendoseni më poshtë.</translation>
    </message>
    <message>
        <source>&amp;Code (FNP)</source>
        <translation>Ko&amp;di (FNP)</translation>
    </message>
    <message>
        <source>One-time code from the SMS</source>
        <translation>Kodi FNP nga SMS-ja</translation>
    </message>
    <message>
        <source>{digits} digits</source>
        <translation>{digits} shifra</translation>
    </message>
    <message>
        <source>No SMS? Check the mobile signal and that the SMS inbox is not full, or restart the phone; then resend the code.</source>
        <translation>Nuk ju erdhi SMS-ja? Kontrolloni sinjalin e rrjetit dhe që kutia e mesazheve të mos jetë plot, ose rindizni telefonin; pastaj ridërgoni kodin.</translation>
    </message>
</context>
<context>
    <name>ComplaintStatus</name>
    <message>
        <source>Received</source>
        <translation>Pranuar</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Në shqyrtim</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Zgjidhur</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>Complaint</source>
        <translation>Ankesë</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugjerim</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Llogaritë</translation>
    </message>
    <message>
        <source>Payments and transfers</source>
        <translation>Pagesat dhe transfertat</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kartat</translation>
    </message>
    <message>
        <source>Internet Branch</source>
        <translation>Dega Internet</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Tjetër</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenca</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Lloji</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekti</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statusi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>You have not sent any suggestions or complaints yet.</source>
        <translation>Ende nuk keni dërguar asnjë sugjerim ose ankesë.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Rifresko</translation>
    </message>
    <message>
        <source>Refresh my submissions</source>
        <translation>Rifresko ankesat dhe sugjerimet e mia</translation>
    </message>
    <message>
        <source>Load mo&amp;re</source>
        <translation>Ngarko më sh&amp;umë</translation>
    </message>
    <message>
        <source>Load older submissions</source>
        <translation>Ngarko ankesat dhe sugjerimet më të vjetra</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>Me e-mail</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Me telefon</translation>
    </message>
    <message>
        <source>Do not contact me</source>
        <translation>Mos më kontaktoni</translation>
    </message>
    <message>
        <source>{count} of at most {limit} characters</source>
        <translation>{count} nga {limit} karaktere të lejuara</translation>
    </message>
    <message>
        <source>{count} characters; at least {minimum}, at most {limit}</source>
        <translation>{count} karaktere; të paktën {minimum}, jo më shumë se {limit}</translation>
    </message>
    <message>
        <source>Thank you. We received your suggestion. Its reference number is below: quote it when you contact us about it.</source>
        <translation>Faleminderit. Sugjerimin tuaj e morëm. Numri i referencës është më poshtë: përmendeni kur na kontaktoni për këtë çështje.</translation>
    </message>
    <message>
        <source>Thank you. We received your complaint. Its reference number is below: quote it when you contact us about it.</source>
        <translation>Faleminderit. Ankesën tuaj e morëm. Numri i referencës është më poshtë: përmendeni kur na kontaktoni për këtë çështje.</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>Numri i tele&amp;fonit:</translation>
    </message>
    <message>
        <source>e.g. 069 123 4567</source>
        <translation>p.sh. 069 123 4567</translation>
    </message>
    <message>
        <source>E-mail &amp;address:</source>
        <translation>&amp;Adresa e e-mailit:</translation>
    </message>
    <message>
        <source>e.g. name@example.com</source>
        <translation>p.sh. emri@example.com</translation>
    </message>
    <message>
        <source>Tell us what went wrong or what we could do better. Every submission gets a reference number, and you can follow its status below.</source>
        <translation>Na tregoni çfarë nuk shkoi mirë ose çfarë mund të bëjmë më mirë. Çdo ankesë ose sugjerim merr një numër reference, dhe më poshtë mund të ndiqni statusin.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Lloji:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategoria:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subjekti:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mesazhi:</translation>
    </message>
    <message>
        <source>C&amp;ontact me:</source>
        <translation>Më k&amp;ontaktoni:</translation>
    </message>
    <message>
        <source>Describe what happened, with dates and amounts if any.</source>
        <translation>Përshkruani çfarë ndodhi, me data dhe shuma nëse ka.</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>Dër&amp;go</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Dërgo</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Numri i referencës</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Ko&amp;pjo</translation>
    </message>
    <message>
        <source>Copy the reference number</source>
        <translation>Kopjo numrin e referencës</translation>
    </message>
    <message>
        <source>My submissions</source>
        <translation>Ankesat dhe sugjerimet e mia</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>Suggestions &amp; Complaints</source>
        <translation>Sugjerime &amp; Ankesa</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>Call Center (24 hours, 7 days)</source>
        <translation>Call Center (24 orë, 7 ditë)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopjo</translation>
    </message>
    <message>
        <source>Copy the Call Center number</source>
        <translation>Kopjo numrin e Call Center-it</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>Tele&amp;fono</translation>
    </message>
    <message>
        <source>Call the Call Center</source>
        <translation>Telefono Call Center-in</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Copy the e-mail address {address}</source>
        <translation>Kopjo adresën e e-mailit {address}</translation>
    </message>
    <message>
        <source>Write an e-mail</source>
        <translation>Shkruaj një e-mail</translation>
    </message>
    <message>
        <source>Write an e-mail to {address}</source>
        <translation>Shkruaj një e-mail në adresën {address}</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Copy the WhatsApp number</source>
        <translation>Kopjo numrin e WhatsApp-it</translation>
    </message>
    <message>
        <source>Open &amp;WhatsApp</source>
        <translation>Hap &amp;WhatsApp-in</translation>
    </message>
    <message>
        <source>Write to us on WhatsApp</source>
        <translation>Na shkruani në WhatsApp</translation>
    </message>
    <message>
        <source>Loading the bank&apos;s contacts…</source>
        <translation>Po ngarkohen kontaktet e bankës…</translation>
    </message>
    <message>
        <source>Copied: {value}</source>
        <translation>U kopjua: {value}</translation>
    </message>
    <message>
        <source>No application on this computer opens this link. Copy the contact instead.</source>
        <translation>Asnjë program në këtë kompjuter nuk e hap këtë lidhje. Kopjojeni kontaktin.</translation>
    </message>
    <message>
        <source>We are here for you 24 hours a day, 7 days a week. Call, write an e-mail or send us a message on WhatsApp.</source>
        <translation>Jemi në dispozicionin tuaj 24 orë në ditë, 7 ditë në javë. Na telefononi, na shkruani një e-mail ose na dërgoni një mesazh në WhatsApp.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Provo sërish</translation>
    </message>
    <message>
        <source>Load the contacts again</source>
        <translation>Ngarko sërish kontaktet</translation>
    </message>
    <message>
        <source>Send a &amp;suggestion or complaint…</source>
        <translation>Dërgo një &amp;sugjerim ose ankesë…</translation>
    </message>
    <message>
        <source>Open the suggestions and complaints form</source>
        <translation>Hap formularin Sugjerime &amp; Ankesa</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>Kontaktet</translation>
    </message>
    <message>
        <source>Contacts — Internet Branch</source>
        <translation>Kontaktet — Dega Internet</translation>
    </message>
    <message>
        <source>To send a suggestion or a complaint online, log in and open Suggestions &amp; Complaints.</source>
        <translation>Për të dërguar online një sugjerim ose një ankesë, hyni në Degën Internet dhe hapni Sugjerime &amp; Ankesa.</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>&amp;Mbyll</translation>
    </message>
    <message>
        <source>Close the contacts</source>
        <translation>Mbyll kontaktet</translation>
    </message>
</context>
<context>
    <name>CredentialsStep</name>
    <message>
        <source>Log in to the Internet Branch</source>
        <translation>Hyrje në Degën Internet</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Vazhdo</translation>
    </message>
    <message>
        <source>Enter your customer number (9 digits) or the personal number of your ID card, and your password. A one-time code (FNP) will then be sent to your mobile.</source>
        <translation>Vendosni numrin e klientit (9 shifra) ose numrin personal të kartës së identitetit, dhe fjalëkalimin. Më pas do t&apos;ju dërgohet në celular një Fjalëkalim me një Përdorim (FNP).</translation>
    </message>
    <message>
        <source>C&amp;ustomer number or personal number</source>
        <translation>N&amp;umri i klientit ose numri personal</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Fjalëkalimi</translation>
    </message>
    <message>
        <source>e.g. 123456789 or J12345678A</source>
        <translation>p.sh. 123456789 ose J12345678A</translation>
    </message>
    <message>
        <source>Customer number or personal number</source>
        <translation>Numri i klientit ose numri personal</translation>
    </message>
    <message>
        <source>The 9-digit customer number, or the personal number of the ID card: a letter, 8 digits and a letter.</source>
        <translation>Numri i klientit me 9 shifra, ose numri personal i kartës së identitetit: një shkronjë, 8 shifra dhe një shkronjë.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Fjalëkalimi</translation>
    </message>
    <message>
        <source>&amp;Remember my customer number on this computer</source>
        <translation>&amp;Mbaj mend numrin e klientit në këtë kompjuter</translation>
    </message>
    <message>
        <source>Remember my customer number on this computer</source>
        <translation>Mbaj mend numrin e klientit në këtë kompjuter</translation>
    </message>
    <message>
        <source>Only the customer number is kept, in the system keyring. Never the password.</source>
        <translation>Ruhet vetëm numri i klientit, në ruajtësen e sigurt të sistemit. Kurrë fjalëkalimi.</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so the customer number cannot be remembered.</source>
        <translation>Ky kompjuter nuk ka ruajtëse të sigurt të sistemit, prandaj numri i klientit nuk mund të mbahet mend.</translation>
    </message>
</context>
<context>
    <name>DemoPhone</name>
    <message>
        <source>Demo phone</source>
        <translation>Telefoni demo</translation>
    </message>
    <message>
        <source>Demo mode: this window stands in for the customers&apos; phones and shows every SMS the bank sends, newest first.</source>
        <translation>Mënyra demo: kjo dritare zëvendëson telefonat e klientëve dhe tregon çdo SMS që dërgon banka, më të rejat në krye.</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation>Mesazhet SMS</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <source>Error message</source>
        <translation>Mesazh gabimi</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message numerus="yes">
        <source>The code is wrong. You have %n attempt(s) left before your user is blocked.</source>
        <translation>
            <numerusform>Kodi është i gabuar. Ju mbetet %n përpjekje para se përdoruesi të bllokohet.</numerusform>
            <numerusform>Kodi është i gabuar. Ju mbeten %n përpjekje para se përdoruesi të bllokohet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your user is blocked after too many wrong attempts. Call the Call Center at {number} (24 hours) to unblock it.</source>
        <translation>Përdoruesi juaj është bllokuar pas shumë përpjekjeve të gabuara. Telefononi Call Center në {number} (24 orë) për ta zhbllokuar.</translation>
    </message>
    <message>
        <source>This cannot be done in the Internet Branch. Please call the Call Center at {number}.</source>
        <translation>Ky veprim nuk mund të kryhet në Degën Internet. Ju lutemi telefononi Call Center në {number}.</translation>
    </message>
    <message numerus="yes">
        <source>You can ask for a new code in %n second(s).</source>
        <translation>
            <numerusform>Mund të kërkoni një kod të ri pas %n sekonde.</numerusform>
            <numerusform>Mund të kërkoni një kod të ri pas %n sekondash.</numerusform>
        </translation>
    </message>
    <message>
        <source>To use the Internet Branch you need to sign the Retail Banking Agreement (KSHBI), version 002 or higher, at any branch of the bank.</source>
        <translation>Për të përdorur Degën Internet duhet të nënshkruani Kontratën e Shërbimeve Bankare për Individë (KSHBI), versioni 002 ose më i ri, në çdo degë të bankës.</translation>
    </message>
    <message>
        <source>Your Retail Banking Agreement (KSHBI) is an older version. Sign version 002 or higher at any branch of the bank, then register here.</source>
        <translation>Kontrata juaj KSHBI është e një versioni më të vjetër. Nënshkruani versionin 002 ose më të ri në çdo degë të bankës, pastaj regjistrohuni këtu.</translation>
    </message>
    <message>
        <source>No mobile number is registered with the bank for you. Register your mobile number at any branch: the codes are sent to it by SMS.</source>
        <translation>Nuk keni numër celulari të regjistruar në bankë. Regjistroni numrin e celularit në çdo degë: kodet FNP dërgohen aty me SMS.</translation>
    </message>
    <message>
        <source>The Internet Branch is for retail (individual) customers. Business customers, please contact your branch.</source>
        <translation>Dega Internet është për klientët individë. Klientët biznes, ju lutemi kontaktoni degën tuaj.</translation>
    </message>
    <message>
        <source>You cannot register for the Internet Branch. Please visit a branch.</source>
        <translation>Nuk mund të regjistroheni në Degën Internet. Ju lutemi paraqituni në një degë.</translation>
    </message>
    <message>
        <source>There is not enough money in the account for this amount and its fee. Available: {available}.</source>
        <translation>Llogaria nuk ka gjendje të mjaftueshme për këtë shumë dhe komisionin. Gjendja e disponueshme: {available}.</translation>
    </message>
    <message>
        <source>There is not enough money in the account for this amount and its fee.</source>
        <translation>Llogaria nuk ka gjendje të mjaftueshme për këtë shumë dhe komisionin.</translation>
    </message>
    <message>
        <source>This transfer would exceed your daily limit of {limit}. You can still send {remaining} today.</source>
        <translation>Kjo transfertë tejkalon limitin tuaj ditor prej {limit}. Sot mund të dërgoni edhe {remaining}.</translation>
    </message>
    <message numerus="yes">
        <source>Your current password is wrong. You have %n attempt(s) left before your user is blocked.</source>
        <translation>
            <numerusform>Fjalëkalimi aktual është i gabuar. Ju mbetet %n përpjekje para se përdoruesi të bllokohet.</numerusform>
            <numerusform>Fjalëkalimi aktual është i gabuar. Ju mbeten %n përpjekje para se përdoruesi të bllokohet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfers are closed during the daily update (21:00 to midnight). They open again at 00:00. You can also send it after midnight.</source>
        <translation>Transfertat janë të mbyllura gjatë procesit ditor të përditësimit (21:00 deri në mesnatë). Hapen sërish në 00:00. Mund ta dërgoni edhe pas mesnatës.</translation>
    </message>
    <message numerus="yes">
        <source>An Albanian IBAN has 28 characters; this one has %n. Check it against the payee&apos;s details.</source>
        <translation>
            <numerusform>Një IBAN shqiptar ka 28 karaktere; ky ka %n karakter. Krahasojeni me të dhënat e përfituesit.</numerusform>
            <numerusform>Një IBAN shqiptar ka 28 karaktere; ky ka %n karaktere. Krahasojeni me të dhënat e përfituesit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the amount in digits, like {example}, with at most two decimals.</source>
        <translation>Vendosni shumën me shifra, si {example}, me jo më shumë se dy shifra dhjetore.</translation>
    </message>
    <message>
        <source>Enter your 9-digit customer number, or the personal number of your ID card (a letter, 8 digits and a letter, e.g. J12345678A).</source>
        <translation>Vendosni numrin e klientit me 9 shifra, ose numrin personal të kartës së identitetit (një shkronjë, 8 shifra dhe një shkronjë, p.sh. J12345678A).</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Vendosni fjalëkalimin.</translation>
    </message>
    <message>
        <source>You were logged out after 5 minutes without activity, for your security. Log in again to continue: what you were typing is kept.</source>
        <translation>Për sigurinë tuaj, u nxorët nga sistemi pas 5 minutash pa aktivitet. Hyni sërish për të vazhduar: ajo që po shkruanit është ruajtur.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code (FNP) from the SMS we sent you.</source>
        <translation>Vendosni kodin FNP me 6 shifra nga SMS-ja që ju dërguam.</translation>
    </message>
    <message>
        <source>The customer number or the password is wrong. Check them and try again: after 5 wrong attempts the user is blocked.</source>
        <translation>Numri i klientit ose fjalëkalimi është i gabuar. Kontrollojini dhe provoni sërish: pas 5 përpjekjeve të gabuara përdoruesi bllokohet.</translation>
    </message>
    <message>
        <source>You are not registered for the Internet Branch yet. Choose Register to create your password.</source>
        <translation>Ende nuk jeni regjistruar në Degën Internet. Zgjidhni Regjistrohu për të krijuar fjalëkalimin.</translation>
    </message>
    <message>
        <source>The code is no longer valid. Press Resend the code to get a new one.</source>
        <translation>Kodi nuk është më i vlefshëm. Shtypni Ridërgo kodin për të marrë një kod të ri.</translation>
    </message>
    <message>
        <source>This step is no longer valid. Please start again from the beginning.</source>
        <translation>Ky hap nuk është më i vlefshëm. Ju lutemi filloni sërish nga fillimi.</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>Seanca juaj ka përfunduar. Ju lutemi hyni sërish.</translation>
    </message>
    <message>
        <source>You must change your password before you can continue.</source>
        <translation>Duhet të ndryshoni fjalëkalimin para se të vazhdoni.</translation>
    </message>
    <message>
        <source>The new password does not meet the rules listed below it.</source>
        <translation>Fjalëkalimi i ri nuk plotëson rregullat e renditura poshtë tij.</translation>
    </message>
    <message>
        <source>You used this password recently. Choose one different from your last three.</source>
        <translation>Këtë fjalëkalim e keni përdorur së fundi. Zgjidhni një të ndryshëm nga tre të fundit.</translation>
    </message>
    <message>
        <source>Enter your 9-digit customer number, as written on your banking agreement.</source>
        <translation>Vendosni numrin e klientit me 9 shifra, siç është shkruar në kontratën tuaj bankare.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Vendosni fjalëkalimin aktual.</translation>
    </message>
    <message>
        <source>The new password does not meet every rule yet: see the list of rules.</source>
        <translation>Fjalëkalimi i ri ende nuk plotëson të gjitha rregullat: shihni listën e rregullave.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type the new password again in both.</source>
        <translation>Dy fjalëkalimet e reja nuk janë njësoj. Shkruajeni sërish fjalëkalimin e ri në të dyja fushat.</translation>
    </message>
    <message>
        <source>You are already registered. Log in with your password, or use Forgot password? if you do not remember it.</source>
        <translation>Jeni regjistruar tashmë. Hyni me fjalëkalimin tuaj, ose përdorni Keni harruar fjalëkalimin? nëse nuk e mbani mend.</translation>
    </message>
    <message>
        <source>We cannot find this customer number. Check it and try again.</source>
        <translation>Nuk e gjejmë këtë numër klienti. Kontrollojeni dhe provoni sërish.</translation>
    </message>
    <message>
        <source>This account cannot be found. Refresh the page and try again.</source>
        <translation>Kjo llogari nuk gjendet. Rifreskoni faqen dhe provoni sërish.</translation>
    </message>
    <message>
        <source>The IBAN is not valid. An Albanian IBAN has 28 characters and starts with AL; check it against the payee&apos;s details.</source>
        <translation>IBAN-i nuk është i vlefshëm. Një IBAN shqiptar ka 28 karaktere dhe fillon me AL; krahasojeni me të dhënat e përfituesit.</translation>
    </message>
    <message>
        <source>The amount is not valid. Enter a positive amount with at most two decimals.</source>
        <translation>Shuma nuk është e vlefshme. Vendosni një shumë pozitive me jo më shumë se dy shifra dhjetore.</translation>
    </message>
    <message>
        <source>The debit and credit accounts are the same. Choose another account.</source>
        <translation>Llogaria që debitohet dhe ajo që kreditohet janë e njëjta. Zgjidhni një llogari tjetër.</translation>
    </message>
    <message>
        <source>The currency must be the currency of the account you pay from.</source>
        <translation>Monedha duhet të jetë monedha e llogarisë nga e cila paguani.</translation>
    </message>
    <message>
        <source>This payment is no longer waiting for confirmation. Check its status in the payment history.</source>
        <translation>Kjo pagesë nuk pret më konfirmim. Kontrolloni gjendjen e saj te historiku i pagesave.</translation>
    </message>
    <message>
        <source>This payment cannot be found. Check the payment history.</source>
        <translation>Kjo pagesë nuk gjendet. Kontrolloni historikun e pagesave.</translation>
    </message>
    <message>
        <source>This payment was already sent with other details. Start a new payment.</source>
        <translation>Kjo pagesë është dërguar tashmë me të dhëna të tjera. Filloni një pagesë të re.</translation>
    </message>
    <message>
        <source>Some of the data is not valid. Check the highlighted fields.</source>
        <translation>Disa të dhëna nuk janë të vlefshme. Kontrolloni fushat e shënuara.</translation>
    </message>
    <message>
        <source>The bank&apos;s server cannot be reached. Check your internet connection and try again.</source>
        <translation>Serveri i bankës nuk mund të arrihet. Kontrolloni lidhjen me internetin dhe provoni sërish.</translation>
    </message>
    <message>
        <source>The text is too long. Shorten it and try again.</source>
        <translation>Teksti është shumë i gjatë. Shkurtojeni dhe provoni sërish.</translation>
    </message>
    <message>
        <source>Too many attempts in a short time. Wait a minute and try again.</source>
        <translation>Shumë përpjekje në pak kohë. Prisni një minutë dhe provoni sërish.</translation>
    </message>
    <message>
        <source>Enter the payee&apos;s IBAN: 28 characters starting with AL.</source>
        <translation>Vendosni IBAN-in e përfituesit: 28 karaktere që fillojnë me AL.</translation>
    </message>
    <message>
        <source>This IBAN belongs to another bank. To pay it, choose &quot;Another bank in Albania&quot;.</source>
        <translation>Ky IBAN është i një banke tjetër. Për t&apos;i paguar, zgjidhni &quot;Në një bankë tjetër në Shqipëri&quot;.</translation>
    </message>
    <message>
        <source>This IBAN is of an account at our bank. To pay it, choose &quot;Another account of this bank&quot; (free of charge).</source>
        <translation>Ky IBAN është i një llogarie në bankën tonë. Për t&apos;i paguar, zgjidhni &quot;Në një llogari tjetër të kësaj banke&quot; (pa komision).</translation>
    </message>
    <message>
        <source>Enter the payee&apos;s name, as it is written on their account.</source>
        <translation>Vendosni emrin e përfituesit, siç është shkruar në llogarinë e tij.</translation>
    </message>
    <message>
        <source>Enter the amount to send.</source>
        <translation>Vendosni shumën që doni të dërgoni.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Shuma duhet të jetë më e madhe se zero.</translation>
    </message>
    <message>
        <source>Choose the account to pay from.</source>
        <translation>Zgjidhni llogarinë nga e cila paguani.</translation>
    </message>
    <message>
        <source>Choose the account to pay into.</source>
        <translation>Zgjidhni llogarinë në të cilën paguani.</translation>
    </message>
    <message>
        <source>The code has expired, so this payment was not made. Press Start again to review it and get a new code.</source>
        <translation>Kodi ka skaduar, prandaj kjo pagesë nuk u krye. Shtypni Fillo sërish për ta kontrolluar dhe për të marrë një kod të ri.</translation>
    </message>
    <message>
        <source>The connection was lost before the bank received the code. The payment has not been made: press Confirm to send the same code again.</source>
        <translation>Lidhja u ndërpre para se banka të merrte kodin. Pagesa nuk është kryer: shtypni Konfirmo për të dërguar sërish të njëjtin kod.</translation>
    </message>
    <message>
        <source>The connection was lost and we could not yet find out whether the payment was made. Do not pay again: press Check again, or look in the payment history in a moment.</source>
        <translation>Lidhja u ndërpre dhe ende nuk e dimë nëse pagesa u krye. Mos paguani sërish: shtypni Kontrollo sërish, ose shihni historikun e pagesave pas pak.</translation>
    </message>
    <message>
        <source>Enter a name for the payee.</source>
        <translation>Vendosni një emër për përfituesin.</translation>
    </message>
    <message>
        <source>This payee is no longer saved. The list was refreshed.</source>
        <translation>Ky përfitues nuk është më i ruajtur. Lista u rifreskua.</translation>
    </message>
    <message>
        <source>The password is too short: use at least 8 characters.</source>
        <translation>Fjalëkalimi është shumë i shkurtër: përdorni të paktën 8 karaktere.</translation>
    </message>
    <message>
        <source>The password is too long: use at most 64 characters.</source>
        <translation>Fjalëkalimi është shumë i gjatë: përdorni jo më shumë se 64 karaktere.</translation>
    </message>
    <message>
        <source>Add at least one letter.</source>
        <translation>Shtoni të paktën një shkronjë.</translation>
    </message>
    <message>
        <source>Add at least one digit.</source>
        <translation>Shtoni të paktën një shifër.</translation>
    </message>
    <message>
        <source>The password must not contain your customer number.</source>
        <translation>Fjalëkalimi nuk duhet të përmbajë numrin tuaj të klientit.</translation>
    </message>
    <message>
        <source>This password is too common and easy to guess. Choose another one.</source>
        <translation>Ky fjalëkalim është shumë i zakonshëm dhe merret me mend lehtë. Zgjidhni një tjetër.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again; if it happens again, call the Call Center at {number} and quote request number {request_id}.</source>
        <translation>Ndodhi një gabim. Ju lutemi provoni sërish; nëse përsëritet, telefononi Call Center në {number} dhe jepni numrin e kërkesës {request_id}.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again; if it happens again, call the Call Center at {number}.</source>
        <translation>Ndodhi një gabim. Ju lutemi provoni sërish; nëse përsëritet, telefononi Call Center në {number}.</translation>
    </message>
    <message>
        <source>The bank&apos;s server did not answer in time. Please try again; if it happens again, call the Call Center at {number}.</source>
        <translation>Serveri i bankës nuk u përgjigj në kohë. Ju lutemi provoni sërish; nëse përsëritet, telefononi Call Center në {number}.</translation>
    </message>
    <message>
        <source>The bank did not execute it. Call the Call Center at {number}.</source>
        <translation>Banka nuk e kreu. Telefononi Call Center në {number}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>CSV – for spreadsheets</source>
        <translation>CSV – për programet e tabelave</translation>
    </message>
    <message>
        <source>PDF – to read or print</source>
        <translation>PDF – për ta lexuar ose printuar</translation>
    </message>
    <message>
        <source>OFX – for personal finance programs</source>
        <translation>OFX – për programet e financave personale</translation>
    </message>
    <message>
        <source>ISO 20022 camt.053 – for accounting software</source>
        <translation>ISO 20022 camt.053 – për programet e kontabilitetit</translation>
    </message>
    <message>
        <source>Save the statement as</source>
        <translation>Ruaje ekstraktin si</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Data e mbarimit është para datës së fillimit.</translation>
    </message>
    <message>
        <source>Choose where to save the statement.</source>
        <translation>Zgjidhni ku do të ruhet ekstrakti.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Dosja {folder} nuk ekziston.</translation>
    </message>
    <message>
        <source>{name} already exists. Press Export again to replace it.</source>
        <translation>{name} ekziston tashmë. Shtypni sërish Eksporto për ta zëvendësuar.</translation>
    </message>
    <message>
        <source>No file was saved.</source>
        <translation>Nuk u ruajt asnjë skedar.</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was saved.</source>
        <translation>Eksporti u anulua. Nuk u ruajt asnjë skedar.</translation>
    </message>
    <message>
        <source>Saved to {path} · transactions: {count}</source>
        <translation>U ruajt në {path} · veprime: {count}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Po anulohet…</translation>
    </message>
    <message>
        <source>Fetching the statement…</source>
        <translation>Po merret ekstrakti…</translation>
    </message>
    <message>
        <source>Written {written} of {total} transactions</source>
        <translation>U shkruan {written} nga {total} veprime</translation>
    </message>
    <message>
        <source>Written {written} transactions</source>
        <translation>U shkruan {written} veprime</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksporto</translation>
    </message>
    <message>
        <source>Export the statement</source>
        <translation>Eksporto ekstraktin</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>&amp;Anulo eksportin</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Mbyll</translation>
    </message>
    <message>
        <source>Account statement</source>
        <translation>Ekstrakti i llogarisë</translation>
    </message>
    <message>
        <source>The statement lists the booked transactions of the period, oldest first, with the opening and closing balance. Pending transactions are not in it yet.</source>
        <translation>Ekstrakti rendit veprimet e kontabilizuara të periudhës, nga më e vjetra, me gjendjen në fillim dhe në fund të periudhës. Veprimet në pritje ende nuk përfshihen.</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Llogaria:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Nga:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Deri:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formati:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Ruaj në:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Shfleto…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Zgjidhni skedarin</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Ecuria e eksportit</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Write a subject.</source>
        <translation>Shkruani subjektin.</translation>
    </message>
    <message>
        <source>The subject can have at most {limit} characters.</source>
        <translation>Subjekti mund të ketë jo më shumë se {limit} karaktere.</translation>
    </message>
    <message>
        <source>Write your message.</source>
        <translation>Shkruani mesazhin tuaj.</translation>
    </message>
    <message>
        <source>The message needs at least {limit} characters.</source>
        <translation>Mesazhi duhet të ketë të paktën {limit} karaktere.</translation>
    </message>
    <message>
        <source>The message can have at most {limit} characters.</source>
        <translation>Mesazhi mund të ketë jo më shumë se {limit} karaktere.</translation>
    </message>
    <message>
        <source>Enter the e-mail address or phone number we should use, or choose not to be contacted.</source>
        <translation>Vendosni adresën e e-mailit ose numrin e telefonit ku t&apos;ju kontaktojmë, ose zgjidhni të mos ju kontaktojmë.</translation>
    </message>
    <message>
        <source>Enter an e-mail address like name@example.com.</source>
        <translation>Vendosni një adresë e-maili si emri@example.com.</translation>
    </message>
    <message>
        <source>Enter a mobile number like 069 123 4567 or +355 69 123 4567, or an international number starting with +.</source>
        <translation>Vendosni një numër celulari si 069 123 4567 ose +355 69 123 4567, ose një numër ndërkombëtar që fillon me +.</translation>
    </message>
    <message>
        <source>Leave the contact empty when you do not want to be contacted.</source>
        <translation>Lëreni kontaktin bosh kur nuk doni që t&apos;ju kontaktojmë.</translation>
    </message>
    <message>
        <source>The contact is too long: at most 254 characters.</source>
        <translation>Kontakti është shumë i gjatë: jo më shumë se 254 karaktere.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Zgjidhni një nga mundësitë.</translation>
    </message>
    <message>
        <source>This field is not valid. Check it and try again.</source>
        <translation>Kjo fushë nuk është e vlefshme. Kontrollojeni dhe provoni sërish.</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Help</source>
        <translation>Ndihmë</translation>
    </message>
    <message>
        <source>Search help</source>
        <translation>Kërko në ndihmë</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Mbyll</translation>
    </message>
    <message>
        <source>Close help (Esc)</source>
        <translation>Mbyll ndihmën (Esc)</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>Mbyll ndihmën</translation>
    </message>
    <message>
        <source>Help search results</source>
        <translation>Rezultatet e kërkimit në ndihmë</translation>
    </message>
    <message>
        <source>No help matches your search.</source>
        <translation>Asnjë faqe ndihme nuk përputhet me kërkimin tuaj.</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Teksti i ndihmës</translation>
    </message>
</context>
<context>
    <name>IdleWarningDialog</name>
    <message numerus="yes">
        <source>For your security you will be logged out in %n second(s) because there was no activity. Do you want to continue?</source>
        <translation>
            <numerusform>Për sigurinë tuaj do të nxirreni nga sistemi pas %n sekonde, sepse nuk pati aktivitet. Doni të vazhdoni?</numerusform>
            <numerusform>Për sigurinë tuaj do të nxirreni nga sistemi pas %n sekondash, sepse nuk pati aktivitet. Doni të vazhdoni?</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Jeni ende aty?</translation>
    </message>
    <message>
        <source>&amp;Continue the session</source>
        <translation>&amp;Vazhdo seancën</translation>
    </message>
    <message>
        <source>Continue the session</source>
        <translation>Vazhdo seancën</translation>
    </message>
    <message>
        <source>&amp;Log out now</source>
        <translation>&amp;Dil tani</translation>
    </message>
    <message>
        <source>Log out now</source>
        <translation>Dil tani</translation>
    </message>
</context>
<context>
    <name>InfoLabel</name>
    <message>
        <source>Message</source>
        <translation>Mesazh</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Internet Branch — Log in</source>
        <translation>Dega Internet — Hyrje</translation>
    </message>
    <message>
        <source>Internet Branch</source>
        <translation>Dega Internet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Gjuha</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ndihmë</translation>
    </message>
    <message>
        <source>Help for this step (F1)</source>
        <translation>Ndihmë për këtë hap (F1)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ndihmë</translation>
    </message>
    <message>
        <source>Virtual keyboard</source>
        <translation>Tastiera virtuale</translation>
    </message>
    <message>
        <source>Show or hide the on-screen keyboard (Alt+K)</source>
        <translation>Shfaq ose fshih tastierën virtuale (Alt+K)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Prapa</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Prapa</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>&amp;Regjistrohu</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Regjistrohu</translation>
    </message>
    <message>
        <source>&amp;Forgot password?</source>
        <translation>Keni &amp;harruar fjalëkalimin?</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>Keni harruar fjalëkalimin?</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>K&amp;ontaktet</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktet</translation>
    </message>
    <message>
        <source>Waiting for the bank</source>
        <translation>Në pritje të bankës</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Last login: {when}</source>
        <translation>Hyrja e fundit: {when}</translation>
    </message>
    <message>
        <source>This is your first login to the Internet Branch.</source>
        <translation>Kjo është hyrja juaj e parë në Degën Internet.</translation>
    </message>
    <message>
        <source>Internet Branch</source>
        <translation>Dega Internet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Gjuha</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ndi&amp;hmë</translation>
    </message>
    <message>
        <source>Help for this page (F1)</source>
        <translation>Ndihmë për këtë faqe (F1)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ndihmë</translation>
    </message>
    <message>
        <source>A&amp;bout</source>
        <translation>Rre&amp;th</translation>
    </message>
    <message>
        <source>About the Internet Branch</source>
        <translation>Rreth Degës Internet</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menuja</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>You are registered for the Internet Branch. Log in now with your customer number and your new password.</source>
        <translation>U regjistruat në Degën Internet. Tani hyni me numrin e klientit dhe fjalëkalimin e ri.</translation>
    </message>
    <message>
        <source>Your password was changed. Log in now with your new password.</source>
        <translation>Fjalëkalimi juaj u ndryshua. Tani hyni me fjalëkalimin e ri.</translation>
    </message>
    <message>
        <source>Your password was changed. For your security, all your other Internet Branch sessions were ended.</source>
        <translation>Fjalëkalimi juaj u ndryshua. Për sigurinë tuaj, u mbyllën të gjitha seancat e tjera tuaja në Degën Internet.</translation>
    </message>
</context>
<context>
    <name>NotificationPoller</name>
    <message>
        <source>Internet Branch</source>
        <translation>Dega Internet</translation>
    </message>
    <message numerus="yes">
        <source>You have %n new notification(s).</source>
        <translation>
            <numerusform>Keni %n njoftim të ri.</numerusform>
            <numerusform>Keni %n njoftime të reja.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <source>Your choices are saved.</source>
        <translation>Zgjedhjet tuaja u ruajtën.</translation>
    </message>
    <message>
        <source>Notify me about</source>
        <translation>Më njoftoni për</translation>
    </message>
    <message>
        <source>Sa&amp;ve settings</source>
        <translation>Ruaj &amp;cilësimet</translation>
    </message>
    <message>
        <source>Save the notification settings</source>
        <translation>Ruaj cilësimet e njoftimeve</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Transfer received</source>
        <translation>Transfertë hyrëse</translation>
    </message>
    <message>
        <source>Transfer sent</source>
        <translation>Transfertë dalëse</translation>
    </message>
    <message>
        <source>New login</source>
        <translation>Hyrje e re</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Fjalëkalimi u ndryshua</translation>
    </message>
    <message>
        <source>Update on your submission</source>
        <translation>Përditësim për ankesën ose sugjerimin tuaj</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Njoftim</translation>
    </message>
    <message>
        <source>Transfers &amp;received</source>
        <translation>T&amp;ransfertat hyrëse</translation>
    </message>
    <message>
        <source>Transfers &amp;sent</source>
        <translation>Transfertat da&amp;lëse</translation>
    </message>
    <message>
        <source>Log&amp;ins to the Internet Branch</source>
        <translation>Hyrj&amp;et</translation>
    </message>
    <message>
        <source>Pass&amp;word changes</source>
        <translation>&amp;Ndryshimi i fjalëkalimit</translation>
    </message>
    <message>
        <source>Updates on my complaints and su&amp;ggestions</source>
        <translation>&amp;Ankesat dhe sugjerimet</translation>
    </message>
    <message>
        <source>You received {amount} from {payer}.</source>
        <translation>Morët {amount} nga {payer}.</translation>
    </message>
    <message>
        <source>You received {amount}.</source>
        <translation>Morët {amount}.</translation>
    </message>
    <message>
        <source>You received a transfer.</source>
        <translation>Morët një transfertë.</translation>
    </message>
    <message>
        <source>Your transfer of {amount} to {payee} was not executed.</source>
        <translation>Transferta juaj prej {amount} për {payee} nuk u krye.</translation>
    </message>
    <message>
        <source>Your transfer of {amount} was not executed.</source>
        <translation>Transferta juaj prej {amount} nuk u krye.</translation>
    </message>
    <message>
        <source>Your transfer to {payee} was not executed.</source>
        <translation>Transferta juaj te {payee} nuk u krye.</translation>
    </message>
    <message>
        <source>A transfer of yours was not executed.</source>
        <translation>Një transfertë e juaja nuk u krye.</translation>
    </message>
    <message>
        <source>Your transfer of {amount} will be executed after the daily update.</source>
        <translation>Transferta juaj prej {amount} do të kryhet pas procesit ditor të përditësimit.</translation>
    </message>
    <message>
        <source>Your transfer will be executed after the daily update.</source>
        <translation>Transferta juaj do të kryhet pas procesit ditor të përditësimit.</translation>
    </message>
    <message>
        <source>Your transfer of {amount} to {payee} was executed.</source>
        <translation>Transferta juaj prej {amount} për {payee} u krye.</translation>
    </message>
    <message>
        <source>Your transfer of {amount} was executed.</source>
        <translation>Transferta juaj prej {amount} u krye.</translation>
    </message>
    <message>
        <source>Your transfer to {payee} was executed.</source>
        <translation>Transferta juaj te {payee} u krye.</translation>
    </message>
    <message>
        <source>A transfer of yours was executed.</source>
        <translation>Një transfertë e juaja u krye.</translation>
    </message>
    <message>
        <source>Reference: {reference}.</source>
        <translation>Referenca: {reference}.</translation>
    </message>
    <message>
        <source>the Internet Branch</source>
        <translation>Degën Internet</translation>
    </message>
    <message>
        <source>You logged in to {where} on {when}.</source>
        <translation>Hytë në {where} më {when}.</translation>
    </message>
    <message>
        <source>You logged in to {where}.</source>
        <translation>Hytë në {where}.</translation>
    </message>
    <message>
        <source>If it was not you, change your password and call the Call Center at {number}.</source>
        <translation>Nëse nuk ishit ju, ndryshoni fjalëkalimin dhe telefononi Call Center në {number}.</translation>
    </message>
    <message>
        <source>Your password was changed on {when}.</source>
        <translation>Fjalëkalimi juaj u ndryshua më {when}.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Fjalëkalimi juaj u ndryshua.</translation>
    </message>
    <message>
        <source>If it was not you, call the Call Center at {number} at once.</source>
        <translation>Nëse nuk ishit ju, telefononi menjëherë Call Center në {number}.</translation>
    </message>
    <message>
        <source>Your submission {reference} is now: {status}.</source>
        <translation>Statusi i ankesës ose sugjerimit tuaj {reference} tani është: {status}.</translation>
    </message>
    <message>
        <source>There is news about your submission {reference}.</source>
        <translation>Ka të reja për ankesën ose sugjerimin tuaj {reference}.</translation>
    </message>
    <message>
        <source>There is news about your submission.</source>
        <translation>Ka të reja për ankesën ose sugjerimin tuaj.</translation>
    </message>
    <message>
        <source>The bank&apos;s note: {note}</source>
        <translation>Shënimi i bankës: {note}</translation>
    </message>
    <message>
        <source>Transfer not executed</source>
        <translation>Transferta nuk u krye</translation>
    </message>
    <message>
        <source>You have a new notification from the bank.</source>
        <translation>Keni një njoftim të ri nga banka.</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>Notifications ({count})</source>
        <translation>Njoftimet ({count})</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Njoftimet</translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n njoftim i palexuar</numerusform>
            <numerusform>%n njoftime të palexuara</numerusform>
        </translation>
    </message>
    <message>
        <source>● Unread</source>
        <translation>● I palexuar</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>I lexuar</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>I palexuar</translation>
    </message>
    <message>
        <source>Notification details</source>
        <translation>Të dhënat e njoftimit</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ri&amp;fresko</translation>
    </message>
    <message>
        <source>Refresh the notifications</source>
        <translation>Rifresko njoftimet</translation>
    </message>
    <message>
        <source>&amp;Mark as read</source>
        <translation>&amp;Shëno si të lexuar</translation>
    </message>
    <message>
        <source>Mark the selected notification as read</source>
        <translation>Shëno njoftimin e zgjedhur si të lexuar</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>Shëno të &amp;gjitha si të lexuara</translation>
    </message>
    <message>
        <source>Mark all notifications as read</source>
        <translation>Shëno të gjitha njoftimet si të lexuara</translation>
    </message>
    <message>
        <source>Show &amp;older</source>
        <translation>Shfaq më të &amp;vjetrat</translation>
    </message>
    <message>
        <source>Load older notifications</source>
        <translation>Ngarko njoftimet më të vjetra</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Gjendja</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekti</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Njoftimi</translation>
    </message>
    <message>
        <source>Received notifications</source>
        <translation>Njoftimet e marra</translation>
    </message>
    <message>
        <source>You have no notifications.</source>
        <translation>Nuk keni asnjë njoftim.</translation>
    </message>
</context>
<context>
    <name>PasswordResetSteps</name>
    <message>
        <source>Forgot your password?</source>
        <translation>Keni harruar fjalëkalimin?</translation>
    </message>
    <message>
        <source>&amp;Send the code</source>
        <translation>&amp;Dërgo kodin</translation>
    </message>
    <message>
        <source>Enter your customer number or the personal number of your ID card. We send a one-time code (FNP) to the mobile number registered with the bank, then you choose a new password.</source>
        <translation>Vendosni numrin e klientit ose numrin personal të kartës së identitetit. Ju dërgojmë një Fjalëkalim me një Përdorim (FNP) në numrin e celularit të regjistruar në bankë, pastaj zgjidhni një fjalëkalim të ri.</translation>
    </message>
    <message>
        <source>C&amp;ustomer number or personal number</source>
        <translation>N&amp;umri i klientit ose numri personal</translation>
    </message>
    <message>
        <source>e.g. 123456789 or J12345678A</source>
        <translation>p.sh. 123456789 ose J12345678A</translation>
    </message>
    <message>
        <source>Customer number or personal number</source>
        <translation>Numri i klientit ose numri personal</translation>
    </message>
    <message>
        <source>Enter the code and choose a new password</source>
        <translation>Vendosni kodin dhe zgjidhni një fjalëkalim të ri</translation>
    </message>
    <message>
        <source>Set the new &amp;password</source>
        <translation>&amp;Vendos fjalëkalimin e ri</translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message>
        <source>{min} to {max} characters</source>
        <translation>Nga {min} deri në {max} karaktere</translation>
    </message>
    <message>
        <source>At least one letter</source>
        <translation>Të paktën një shkronjë</translation>
    </message>
    <message>
        <source>At least one digit</source>
        <translation>Të paktën një shifër</translation>
    </message>
    <message>
        <source>Does not contain your customer number</source>
        <translation>Nuk përmban numrin tuaj të klientit</translation>
    </message>
    <message>
        <source>Not a common, easy-to-guess password (the bank checks this)</source>
        <translation>Nuk është fjalëkalim i zakonshëm, që merret me mend lehtë (e kontrollon banka)</translation>
    </message>
    <message>
        <source>Not one of your last {count} passwords (the bank checks this)</source>
        <translation>Nuk është një nga {count} fjalëkalimet tuaja të fundit (e kontrollon banka)</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Plotësohet</translation>
    </message>
    <message>
        <source>Not met yet</source>
        <translation>Ende nuk plotësohet</translation>
    </message>
    <message>
        <source>Checked by the bank when you send</source>
        <translation>E kontrollon banka kur e dërgoni</translation>
    </message>
    <message>
        <source>Accepted by the bank</source>
        <translation>E pranoi banka</translation>
    </message>
    <message>
        <source>Refused by the bank</source>
        <translation>E refuzoi banka</translation>
    </message>
    <message>
        <source>Still missing: {rules}</source>
        <translation>Mungon ende: {rules}</translation>
    </message>
    <message>
        <source>Every rule checked here is met.</source>
        <translation>Plotësohen të gjitha rregullat që kontrollohen këtu.</translation>
    </message>
    <message>
        <source>The two passwords match</source>
        <translation>Dy fjalëkalimet përputhen</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Fjalëkalimi i ri</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Fjalëkalimi i ri</translation>
    </message>
    <message>
        <source>Con&amp;firm the new password</source>
        <translation>Konfir&amp;mo fjalëkalimin e ri</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation>Konfirmo fjalëkalimin e ri</translation>
    </message>
    <message>
        <source>&amp;Show the passwords as I type</source>
        <translation>&amp;Shfaq fjalëkalimet ndërsa shkruaj</translation>
    </message>
    <message>
        <source>Show the passwords</source>
        <translation>Shfaq fjalëkalimet</translation>
    </message>
    <message>
        <source>Make sure nobody can see your screen.</source>
        <translation>Sigurohuni që askush nuk e sheh ekranin tuaj.</translation>
    </message>
    <message>
        <source>Your new password needs:</source>
        <translation>Rregullat për fjalëkalimin e ri:</translation>
    </message>
</context>
<context>
    <name>PaymentCode</name>
    <message>
        <source>The code is valid for {time}.</source>
        <translation>Kodi është i vlefshëm edhe {time}.</translation>
    </message>
    <message>
        <source>The code has expired. Press Resend the code.</source>
        <translation>Kodi ka skaduar. Shtypni Ridërgo kodin.</translation>
    </message>
    <message>
        <source>&amp;Resend the code ({seconds} s)</source>
        <translation>&amp;Ridërgo kodin ({seconds} s)</translation>
    </message>
    <message>
        <source>&amp;Resend the code</source>
        <translation>&amp;Ridërgo kodin</translation>
    </message>
    <message>
        <source>The connection was interrupted while confirming. Checking with the bank whether the payment was made…</source>
        <translation>Lidhja u ndërpre gjatë konfirmimit. Po kontrollojmë me bankën nëse pagesa u krye…</translation>
    </message>
    <message>
        <source>Confirm with the SMS code</source>
        <translation>Konfirmoni me kodin FNP</translation>
    </message>
    <message>
        <source>We sent a code (FNP) by SMS to {phone}. Check that the SMS names {amount} and {payee} before entering the code. If it names another amount or payee, do not enter it: press Cancel the payment and call the Call Center.</source>
        <translation>Ju dërguam me SMS një kod FNP në {phone}. Para se të vendosni kodin, kontrolloni që SMS-ja shkruan {amount} dhe {payee}. Nëse shkruan një shumë ose një përfitues tjetër, mos e vendosni: shtypni Anulo pagesën dhe telefononi Call Center.</translation>
    </message>
    <message>
        <source>&amp;Code (FNP):</source>
        <translation>&amp;Kodi (FNP):</translation>
    </message>
    <message>
        <source>One-time code from the SMS</source>
        <translation>Kodi FNP nga SMS-ja</translation>
    </message>
    <message>
        <source>Resend the code</source>
        <translation>Ridërgo kodin</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>K&amp;onfirmo</translation>
    </message>
    <message>
        <source>Confirm the transfer</source>
        <translation>Konfirmo transfertën</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the payment</source>
        <translation>&amp;Anulo pagesën</translation>
    </message>
    <message>
        <source>Cancel the payment</source>
        <translation>Anulo pagesën</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Kontrollo &amp;sërish</translation>
    </message>
    <message>
        <source>Ask the bank again whether the payment was made</source>
        <translation>Pyet sërish bankën nëse pagesa u krye</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>&amp;Fillo sërish</translation>
    </message>
    <message>
        <source>Review the payment again and get a new code</source>
        <translation>Kontrollo sërish pagesën dhe merr një kod të ri</translation>
    </message>
</context>
<context>
    <name>PaymentForm</name>
    <message>
        <source>Converted into {currency} at the bank&apos;s rate. The next step shows the exact amount credited.</source>
        <translation>Këmbehet në {currency} me kursin e bankës. Hapi tjetër tregon shumën e saktë që kreditohet.</translation>
    </message>
    <message>
        <source>Converted into {currency} at the bank&apos;s rate ({rates}). The next step shows the exact amount credited.</source>
        <translation>Këmbehet në {currency} me kursin e bankës ({rates}). Hapi tjetër tregon shumën e saktë që kreditohet.</translation>
    </message>
    <message>
        <source>A new payee (type below)</source>
        <translation>Përfitues i ri (shkruajeni më poshtë)</translation>
    </message>
    <message>
        <source>&amp;To account:</source>
        <translation>Në llo&amp;garinë:</translation>
    </message>
    <message>
        <source>Saved pa&amp;yee:</source>
        <translation>Përfituesi i r&amp;uajtur:</translation>
    </message>
    <message>
        <source>Payee &amp;name:</source>
        <translation>&amp;Emri i përfituesit:</translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <source>28 characters starting with AL, in groups of four</source>
        <translation>28 karaktere që fillojnë me AL, në grupe me nga katër</translation>
    </message>
    <message>
        <source>Sa&amp;ve as a beneficiary</source>
        <translation>&amp;Ruaje te përfituesit</translation>
    </message>
    <message>
        <source>Save as a beneficiary</source>
        <translation>Ruaje te përfituesit</translation>
    </message>
    <message>
        <source>Available: {amount}</source>
        <translation>Gjendja e disponueshme: {amount}</translation>
    </message>
    <message>
        <source>Transfers are closed from 21:00 until midnight for the daily update. Use Send after midnight, or come back at 00:00.</source>
        <translation>Nga ora 21:00 deri në mesnatë transfertat janë të mbyllura për procesin ditor të përditësimit. Përdorni Dërgo pas mesnate, ose kthehuni në 00:00.</translation>
    </message>
    <message>
        <source>Transfer:</source>
        <translation>Transferta:</translation>
    </message>
    <message>
        <source>Between my &amp;own accounts</source>
        <translation>Ndërmjet &amp;llogarive tuaja</translation>
    </message>
    <message>
        <source>To another account at this ban&amp;k</source>
        <translation>Në një llogari tjetër të &amp;kësaj banke</translation>
    </message>
    <message>
        <source>To anothe&amp;r bank in Albania</source>
        <translation>Në një &amp;bankë tjetër në Shqipëri</translation>
    </message>
    <message>
        <source>&amp;From account:</source>
        <translation>&amp;Nga llogaria:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Shuma:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Përshkrimi:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monedha</translation>
    </message>
    <message>
        <source>The currency of the account you pay from</source>
        <translation>Monedha e llogarisë nga e cila paguani</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>p.sh. {example}</translation>
    </message>
    <message>
        <source>What the payee reads, e.g. Rent for November</source>
        <translation>Ajo që lexon përfituesi, p.sh. Qiraja e nëntorit</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Vazhdo</translation>
    </message>
    <message>
        <source>Continue to the review</source>
        <translation>Vazhdo te kontrolli i transfertës</translation>
    </message>
    <message>
        <source>Send after &amp;midnight</source>
        <translation>Dërgo pas &amp;mesnate</translation>
    </message>
    <message>
        <source>Send after midnight</source>
        <translation>Dërgo pas mesnate</translation>
    </message>
    <message>
        <source>Review and confirm now with the SMS code; the bank executes it at 00:00.</source>
        <translation>Kontrollojeni dhe konfirmojeni tani me kodin FNP; banka e kryen në 00:00.</translation>
    </message>
</context>
<context>
    <name>PaymentHistory</name>
    <message>
        <source>Between my accounts</source>
        <translation>Ndërmjet llogarive tuaja</translation>
    </message>
    <message>
        <source>To an account at this bank</source>
        <translation>Në një llogari të kësaj banke</translation>
    </message>
    <message>
        <source>To another bank</source>
        <translation>Në një bankë tjetër</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Statusi: {status}</translation>
    </message>
    <message>
        <source>Kind: {kind}</source>
        <translation>Lloji: {kind}</translation>
    </message>
    <message>
        <source>Payee: {name}, IBAN {iban}</source>
        <translation>Përfituesi: {name}, IBAN {iban}</translation>
    </message>
    <message>
        <source>Amount: {amount}; fee {fee}; total {total}</source>
        <translation>Shuma: {amount}; komisioni {fee}; totali {total}</translation>
    </message>
    <message>
        <source>Credited: {amount}</source>
        <translation>Shuma e kredituar: {amount}</translation>
    </message>
    <message>
        <source>Description: {text}</source>
        <translation>Përshkrimi: {text}</translation>
    </message>
    <message>
        <source>Reference: {reference}</source>
        <translation>Referenca: {reference}</translation>
    </message>
    <message>
        <source>Executed: {when}</source>
        <translation>U krye: {when}</translation>
    </message>
    <message>
        <source>Will be executed: {when}</source>
        <translation>Do të kryhet: {when}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Arsyeja: {reason}</translation>
    </message>
    <message>
        <source>Payment history</source>
        <translation>Historiku i pagesave</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Statusi:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statusi</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Të gjitha</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periudha:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periudha</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 ditët e fundit</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 ditët e fundit</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 muajt e fundit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Përfituesi</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Shuma</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagesat</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Shfaq &amp;më shumë</translation>
    </message>
    <message>
        <source>Show more payments</source>
        <translation>Shfaq më shumë pagesa</translation>
    </message>
    <message>
        <source>&amp;Cancel the payment</source>
        <translation>&amp;Anulo pagesën</translation>
    </message>
    <message>
        <source>Cancel the selected payment</source>
        <translation>Anulo pagesën e zgjedhur</translation>
    </message>
    <message>
        <source>Payment details</source>
        <translation>Të dhënat e pagesës</translation>
    </message>
</context>
<context>
    <name>PaymentResult</name>
    <message>
        <source>The receipt could not be saved there. Choose another folder and try again.</source>
        <translation>Dëftesa nuk u ruajt dot aty. Zgjidhni një dosje tjetër dhe provoni sërish.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Ruaj dëftesën</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumente PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{account}: balance {balance}, available {available}.</source>
        <translation>{account}: gjendja {balance}, gjendja e disponueshme {available}.</translation>
    </message>
    <message>
        <source>The payee was saved in your beneficiaries.</source>
        <translation>Përfituesi u ruajt te përfituesit tuaj.</translation>
    </message>
    <message>
        <source>The payee could not be saved; add it in Beneficiaries. The payment is not affected.</source>
        <translation>Përfituesi nuk u ruajt dot; shtojeni te Përfituesit. Pagesa nuk preket.</translation>
    </message>
    <message>
        <source>{amount} to {payee} is scheduled for 00:00 ({when}), after the daily update. The bank checks the funds then and notifies you either way.</source>
        <translation>Pagesa prej {amount} për {payee} është planifikuar për në 00:00 ({when}), pas procesit ditor të përditësimit. Atëherë banka kontrollon fondet dhe ju njofton për rezultatin, cilido qoftë.</translation>
    </message>
    <message>
        <source>{amount} was sent to {payee}; {credited} was credited.</source>
        <translation>Pagesa prej {amount} për {payee} u dërgua; u kreditua shuma {credited}.</translation>
    </message>
    <message>
        <source>{amount} was sent to {payee}.</source>
        <translation>Pagesa prej {amount} për {payee} u dërgua.</translation>
    </message>
    <message>
        <source>Transfer executed</source>
        <translation>Transferta u krye</translation>
    </message>
    <message>
        <source>Transfer scheduled for 00:00</source>
        <translation>Transferta u planifikua për në 00:00</translation>
    </message>
    <message>
        <source>Transfer not executed</source>
        <translation>Transferta nuk u krye</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referenca:</translation>
    </message>
    <message>
        <source>Transaction reference</source>
        <translation>Referenca e veprimit</translation>
    </message>
    <message>
        <source>Save as &amp;PDF</source>
        <translation>Ruaj si PD&amp;F</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Ruaj dëftesën si PDF</translation>
    </message>
    <message>
        <source>Pr&amp;int</source>
        <translation>Pr&amp;into</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Printo dëftesën</translation>
    </message>
    <message>
        <source>&amp;New payment</source>
        <translation>&amp;Pagesë e re</translation>
    </message>
    <message>
        <source>Start a new payment</source>
        <translation>Fillo një pagesë të re</translation>
    </message>
</context>
<context>
    <name>PaymentReview</name>
    <message>
        <source>Transfers are closed from 21:00 until midnight for the daily update. Go back and use Send after midnight, or send it at 00:00.</source>
        <translation>Nga ora 21:00 deri në mesnatë transfertat janë të mbyllura për procesin ditor të përditësimit. Kthehuni prapa dhe përdorni Dërgo pas mesnate, ose dërgojeni në 00:00.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Tani</translation>
    </message>
    <message>
        <source>Now (transfers are open)</source>
        <translation>Tani (transfertat janë të hapura)</translation>
    </message>
    <message>
        <source>After the daily update, at 00:00 ({moment}). Confirm it now.</source>
        <translation>Pas procesit ditor të përditësimit, në 00:00 ({moment}). Konfirmojeni tani.</translation>
    </message>
    <message>
        <source>Check the transfer</source>
        <translation>Kontrolloni transfertën</translation>
    </message>
    <message>
        <source>Nothing has been sent yet. Check every line: when you press Send the code, we send a code by SMS to your mobile to confirm this transfer.</source>
        <translation>Ende nuk është dërguar asgjë. Kontrolloni çdo rresht: kur shtypni Dërgo kodin, ju dërgojmë në celular me SMS një kod FNP për të konfirmuar këtë transfertë.</translation>
    </message>
    <message>
        <source>From account:</source>
        <translation>Nga llogaria:</translation>
    </message>
    <message>
        <source>Payee:</source>
        <translation>Përfituesi:</translation>
    </message>
    <message>
        <source>Payee IBAN:</source>
        <translation>IBAN-i i përfituesit:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Shuma:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Komisioni:</translation>
    </message>
    <message>
        <source>Total debited:</source>
        <translation>Totali që debitohet:</translation>
    </message>
    <message>
        <source>Exchange rate:</source>
        <translation>Kursi i këmbimit:</translation>
    </message>
    <message>
        <source>Amount credited:</source>
        <translation>Shuma që kreditohet:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Përshkrimi:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Kur:</translation>
    </message>
    <message>
        <source>Bac&amp;k</source>
        <translation>&amp;Prapa</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Prapa te formulari</translation>
    </message>
    <message>
        <source>&amp;Send the code</source>
        <translation>Dërgo &amp;kodin</translation>
    </message>
    <message>
        <source>Send the SMS code to confirm this transfer</source>
        <translation>Dërgo kodin FNP me SMS për të konfirmuar këtë transfertë</translation>
    </message>
</context>
<context>
    <name>PaymentStatus</name>
    <message>
        <source>Awaiting code</source>
        <translation>Në pritje të kodit</translation>
    </message>
    <message>
        <source>Scheduled for 00:00</source>
        <translation>E planifikuar për në 00:00</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>E kryer</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>E refuzuar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>E anuluar</translation>
    </message>
    <message>
        <source>Expired (code not entered)</source>
        <translation>E skaduar (kodi nuk u vendos)</translation>
    </message>
    <message>
        <source>not enough money</source>
        <translation>gjendje e pamjaftueshme</translation>
    </message>
    <message>
        <source>daily limit reached</source>
        <translation>u arrit limiti ditor</translation>
    </message>
    <message>
        <source>daily update</source>
        <translation>procesi ditor i përditësimit</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Transfers are closed until 00:00</source>
        <translation>Transfertat janë të mbyllura deri në 00:00</translation>
    </message>
    <message>
        <source>Transfers are closed for the daily update from 21:00 until midnight. They open again at 00:00. You can still prepare a transfer now and confirm it with Send after midnight: the bank executes it at 00:00.</source>
        <translation>Nga ora 21:00 deri në mesnatë transfertat janë të mbyllura për procesin ditor të përditësimit. Hapen sërish në 00:00. Një transfertë mund ta përgatitni edhe tani dhe ta konfirmoni me Dërgo pas mesnate: banka e kryen në 00:00.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagesat</translation>
    </message>
    <message>
        <source>New payment</source>
        <translation>Pagesë e re</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Përfituesit</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historiku</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Transfer order — scheduled after the daily update</source>
        <translation>Urdhër transferte — i planifikuar pas procesit ditor të përditësimit</translation>
    </message>
    <message>
        <source>Transfer receipt</source>
        <translation>Dëftesë transferte</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenca</translation>
    </message>
    <message>
        <source>To be executed at</source>
        <translation>Do të kryhet më</translation>
    </message>
    <message>
        <source>Executed at</source>
        <translation>U krye më</translation>
    </message>
    <message>
        <source>From account</source>
        <translation>Nga llogaria</translation>
    </message>
    <message>
        <source>From IBAN</source>
        <translation>Nga IBAN-i</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Përfituesi</translation>
    </message>
    <message>
        <source>Payee IBAN</source>
        <translation>IBAN-i i përfituesit</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Shuma</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Komisioni</translation>
    </message>
    <message>
        <source>Total debited</source>
        <translation>Totali i debituar</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Kursi i këmbimit</translation>
    </message>
    <message>
        <source>Amount credited</source>
        <translation>Shuma e kredituar</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Përshkrimi</translation>
    </message>
    <message>
        <source>Printed from the Internet Branch. Keep the reference: the Call Center +355 4 2266 288 finds the transfer with it.</source>
        <translation>Printuar nga Dega Internet. Ruajeni referencën: me të Call Center-i +355 4 2266 288 e gjen transfertën.</translation>
    </message>
</context>
<context>
    <name>RegistrationSteps</name>
    <message>
        <source>Register for the Internet Branch</source>
        <translation>Regjistrimi në Degën Internet</translation>
    </message>
    <message>
        <source>&amp;Send the code</source>
        <translation>&amp;Dërgo kodin</translation>
    </message>
    <message>
        <source>You can register if you are an individual customer of the bank, have signed the Retail Banking Agreement (KSHBI) version 002 or higher, and have a mobile number registered with the bank. We send a one-time code (FNP) to that mobile, then you choose your password.</source>
        <translation>Mund të regjistroheni nëse jeni klient individ i bankës, keni nënshkruar Kontratën e Shërbimeve Bankare për Individë (KSHBI), versioni 002 ose më i ri, dhe keni një numër celulari të regjistruar në bankë. Në atë celular ju dërgojmë një Fjalëkalim me një Përdorim (FNP), pastaj zgjidhni fjalëkalimin tuaj.</translation>
    </message>
    <message>
        <source>C&amp;ustomer number</source>
        <translation>N&amp;umri i klientit</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 shifra</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Numri i klientit</translation>
    </message>
    <message>
        <source>The 9-digit customer number of your agreement.</source>
        <translation>Numri i klientit me 9 shifra, siç është në kontratën tuaj.</translation>
    </message>
    <message>
        <source>Enter the code and choose your password</source>
        <translation>Vendosni kodin dhe zgjidhni fjalëkalimin</translation>
    </message>
    <message>
        <source>Create the &amp;password</source>
        <translation>Kri&amp;jo fjalëkalimin</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Ruaj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Emri i skedarit:</translation>
    </message>
    <message>
        <source>File &amp;type:</source>
        <translation>&amp;Lloji i skedarit:</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>Ruaje &amp;në:</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>The bank never asks for your password or for a code (FNP): not by phone, e-mail, SMS or in person. Never tell them to anyone, even to someone who says they are from the bank.</source>
        <translation>Banka nuk jua kërkon kurrë fjalëkalimin ose kodin FNP: as me telefon, as me e-mail, as me SMS, as personalisht. Mos ia tregoni kurrë askujt, as dikujt që thotë se është nga banka.</translation>
    </message>
    <message>
        <source>If you lose your phone or it is stolen, ask your mobile operator to cancel the SIM card at once, so nobody else receives your codes. Then call the Call Center at {number}.</source>
        <translation>Nëse humbni telefonin ose jua vjedhin, kërkojini menjëherë operatorit celular të anulojë kartën SIM, që askush tjetër të mos marrë kodet tuaja. Pastaj telefononi Call Center në {number}.</translation>
    </message>
    <message>
        <source>If an SMS code arrives that you did not ask for, someone may know your password: change your password here at once and call the Call Center at {number}.</source>
        <translation>Nëse ju vjen një kod FNP që nuk e keni kërkuar, dikush mund ta dijë fjalëkalimin tuaj: ndryshojeni menjëherë fjalëkalimin këtu dhe telefononi Call Center në {number}.</translation>
    </message>
    <message>
        <source>The Internet Branch works from abroad too: the codes come by SMS to the same mobile number registered with the bank, so keep that number and its SMS roaming active.</source>
        <translation>Dega Internet funksionon edhe jashtë vendit: kodet vijnë me SMS në të njëjtin numër celulari të regjistruar në bankë, prandaj mbajeni aktiv atë numër dhe roaming-un e SMS-ve.</translation>
    </message>
    <message>
        <source>A password is valid for 180 days. After that the Internet Branch asks you for a new one when you log in; you can change it here at any time. You cannot reuse any of your last {count} passwords.</source>
        <translation>Fjalëkalimi vlen 180 ditë. Pas kësaj, kur hyni, Dega Internet ju kërkon një fjalëkalim të ri; këtu mund ta ndryshoni në çdo kohë. Nuk mund të përdorni sërish asnjë nga {count} fjalëkalimet tuaja të fundit.</translation>
    </message>
    <message>
        <source>Log out when you finish. After 5 minutes without activity you are logged out automatically; a warning comes a minute before.</source>
        <translation>Kur mbaroni, shtypni Dil. Pas 5 minutash pa aktivitet Dega Internet ju nxjerr vetë; një minutë më parë shfaqet një paralajmërim.</translation>
    </message>
    <message>
        <source>About Security</source>
        <translation>Mbi Sigurinë</translation>
    </message>
    <message>
        <source>Last login: {when}</source>
        <translation>Hyrja e fundit: {when}</translation>
    </message>
    <message>
        <source>This is your first login to the Internet Branch.</source>
        <translation>Kjo është hyrja juaj e parë në Degën Internet.</translation>
    </message>
    <message>
        <source>Your password is valid until {date}.</source>
        <translation>Fjalëkalimi juaj vlen deri më {date}.</translation>
    </message>
    <message>
        <source>Your password is more than 180 days old. Choose a new password to continue: until then the rest of the Internet Branch is closed.</source>
        <translation>Fjalëkalimi juaj është më i vjetër se 180 ditë. Zgjidhni një fjalëkalim të ri për të vazhduar: deri atëherë pjesa tjetër e Degës Internet është e mbyllur.</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Ndryshoni fjalëkalimin</translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation>Fjalëkalimi &amp;aktual</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Fjalëkalimi aktual</translation>
    </message>
    <message>
        <source>Change the &amp;password</source>
        <translation>&amp;Ndrysho fjalëkalimin</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Ndrysho fjalëkalimin</translation>
    </message>
    <message>
        <source>Security Rules</source>
        <translation>Rregullat e Sigurisë</translation>
    </message>
    <message>
        <source>Your login and password</source>
        <translation>Hyrja dhe fjalëkalimi juaj</translation>
    </message>
    <message numerus="yes">
        <source>Your password expires in %n day(s). Change it now, so you are not stopped at your next login.</source>
        <translation>
            <numerusform>Fjalëkalimi juaj skadon pas %n dite. Ndryshojeni tani, që të mos ndaleni në hyrjen e ardhshme.</numerusform>
            <numerusform>Fjalëkalimi juaj skadon pas %n ditësh. Ndryshojeni tani, që të mos ndaleni në hyrjen e ardhshme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your password expires today. Change it now, so you are not stopped at your next login.</source>
        <translation>Fjalëkalimi juaj skadon sot. Ndryshojeni tani, që të mos ndaleni në hyrjen e ardhshme.</translation>
    </message>
    <message>
        <source>Change &amp;now</source>
        <translation>Ndr&amp;ysho tani</translation>
    </message>
    <message>
        <source>Change the password now</source>
        <translation>Ndrysho fjalëkalimin tani</translation>
    </message>
</context>
<context>
    <name>StandardButtons</name>
    <message>
        <source>OK</source>
        <translation>Në rregull</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Mbyll</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Po</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Jo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Ruaj</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Provo sërish</translation>
    </message>
</context>
<context>
    <name>StatementExport</name>
    <message>
        <source>The file could not be saved there. Check that the folder exists, that you may write to it and that the disk has space, then try again.</source>
        <translation>Skedari nuk u ruajt dot aty. Kontrolloni që dosja ekziston, që keni të drejtë të shkruani në të dhe që disku ka hapësirë, pastaj provoni sërish.</translation>
    </message>
</context>
<context>
    <name>TransactionDetails</name>
    <message>
        <source>Booking date:</source>
        <translation>Data e kontabilizimit:</translation>
    </message>
    <message>
        <source>Value date:</source>
        <translation>Data e valutës:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Shuma:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Lloji:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Monedha:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Përshkrimi:</translation>
    </message>
    <message>
        <source>Other party:</source>
        <translation>Pala tjetër:</translation>
    </message>
    <message>
        <source>Other party&apos;s IBAN:</source>
        <translation>IBAN-i i palës tjetër:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referenca:</translation>
    </message>
    <message>
        <source>Balance after:</source>
        <translation>Gjendja pas veprimit:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statusi:</translation>
    </message>
    <message>
        <source>Transaction number:</source>
        <translation>Numri i veprimit:</translation>
    </message>
    <message>
        <source>Not yet booked</source>
        <translation>Ende pa u kontabilizuar</translation>
    </message>
    <message>
        <source>Transaction details</source>
        <translation>Të dhënat e veprimit</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Veprimi</translation>
    </message>
</context>
<context>
    <name>TransactionFilters</name>
    <message>
        <source>This month</source>
        <translation>Ky muaj</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 ditët e fundit</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>3 muajt e fundit</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>6 muajt e fundit</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Ky vit</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Data të zgjedhura</translation>
    </message>
    <message>
        <source>Money in (credits)</source>
        <translation>Hyrjet (kreditimet)</translation>
    </message>
    <message>
        <source>Money out (debits)</source>
        <translation>Daljet (debitimet)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Të gjitha</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Llogaria:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periudha:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Nga:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>D&amp;eri:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Kërko:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>D&amp;rejtimi:</translation>
    </message>
    <message>
        <source>Mi&amp;n. amount:</source>
        <translation>Shuma m&amp;in.:</translation>
    </message>
    <message>
        <source>Ma&amp;x. amount:</source>
        <translation>Shuma m&amp;aks.:</translation>
    </message>
    <message>
        <source>Description or other party</source>
        <translation>Përshkrimi ose pala tjetër</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>p.sh. {example}</translation>
    </message>
    <message>
        <source>The minimum amount is not a valid amount. Write it like {example}, or leave it empty.</source>
        <translation>Shuma minimale nuk është e vlefshme. Shkruajeni si {example}, ose lëreni bosh.</translation>
    </message>
    <message>
        <source>The maximum amount is not a valid amount. Write it like {example}, or leave it empty.</source>
        <translation>Shuma maksimale nuk është e vlefshme. Shkruajeni si {example}, ose lëreni bosh.</translation>
    </message>
    <message>
        <source>The maximum amount is lower than the minimum. Check the two amounts.</source>
        <translation>Shuma maksimale është më e vogël se minimalja. Kontrolloni dy shumat.</translation>
    </message>
</context>
<context>
    <name>Transactions</name>
    <message>
        <source>in</source>
        <translation>hyrje</translation>
    </message>
    <message>
        <source>out</source>
        <translation>dalje</translation>
    </message>
    <message>
        <source>Credit (money in)</source>
        <translation>Kreditim (hyrje parash)</translation>
    </message>
    <message>
        <source>Debit (money out)</source>
        <translation>Debitim (dalje parash)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Në pritje</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Kontabilizuar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Përshkrimi</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenca</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Shuma</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Gjendja pas veprimit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statusi</translation>
    </message>
</context>
<context>
    <name>TransactionsPage</name>
    <message>
        <source>Account Transactions</source>
        <translation>Veprimet e Llogarisë</translation>
    </message>
    <message>
        <source>Loading transactions…</source>
        <translation>Po ngarkohen veprimet…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Po numërohen…</translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation>Po ngarkohen të tjera…</translation>
    </message>
    <message>
        <source>No transactions match this filter.</source>
        <translation>Asnjë veprim nuk përputhet me këtë filtër.</translation>
    </message>
    <message>
        <source>Transactions: {count} · money in: {total_in} · money out: {total_out}</source>
        <translation>Veprime: {count} · hyrje: {total_in} · dalje: {total_out}</translation>
    </message>
    <message>
        <source>&amp;Export statement…</source>
        <translation>Ek&amp;sporto ekstraktin…</translation>
    </message>
    <message>
        <source>Export the account statement</source>
        <translation>Eksporto ekstraktin e llogarisë</translation>
    </message>
    <message>
        <source>Tr&amp;y again</source>
        <translation>Pr&amp;ovo sërish</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Provo sërish</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totalet</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Veprimet</translation>
    </message>
    <message>
        <source>Newest first. Press Enter on a transaction to see all its details.</source>
        <translation>Më të rejat në krye. Shtypni Enter mbi një veprim për të parë të gjitha të dhënat e tij.</translation>
    </message>
</context>
<context>
    <name>VirtualKeyboard</name>
    <message>
        <source>Virtual keyboard</source>
        <translation>Tastiera virtuale</translation>
    </message>
    <message>
        <source>The keys change places each time the keyboard opens. Arrow keys choose a key, Space or Enter presses it, Esc goes back to the field.</source>
        <translation>Tastet ndërrojnë vend sa herë që hapet tastiera. Shigjetat zgjedhin një tast, Hapësira ose Enter e shtyp, Esc kthehet te fusha.</translation>
    </message>
    <message>
        <source>e with diaeresis</source>
        <translation>Shkronja ë</translation>
    </message>
    <message>
        <source>Capital E with diaeresis</source>
        <translation>Ë e madhe</translation>
    </message>
    <message>
        <source>c with cedilla</source>
        <translation>Shkronja ç</translation>
    </message>
    <message>
        <source>Capital C with cedilla</source>
        <translation>Ç e madhe</translation>
    </message>
    <message>
        <source>Full stop</source>
        <translation>Pikë</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation>Vizë ndarëse</translation>
    </message>
    <message>
        <source>Underscore</source>
        <translation>Vizë poshtë</translation>
    </message>
    <message>
        <source>At sign</source>
        <translation>Shenja et</translation>
    </message>
    <message>
        <source>Exclamation mark</source>
        <translation>Pikëçuditëse</translation>
    </message>
    <message>
        <source>Number sign</source>
        <translation>Shenja e numrit</translation>
    </message>
    <message>
        <source>Dollar sign</source>
        <translation>Shenja e dollarit</translation>
    </message>
    <message>
        <source>Percent sign</source>
        <translation>Shenja e përqindjes</translation>
    </message>
    <message>
        <source>Ampersand</source>
        <translation>Shenja dhe</translation>
    </message>
    <message>
        <source>Asterisk</source>
        <translation>Yllth</translation>
    </message>
    <message>
        <source>Question mark</source>
        <translation>Pikëpyetje</translation>
    </message>
    <message>
        <source>Plus sign</source>
        <translation>Shenja plus</translation>
    </message>
    <message>
        <source>Digit %1</source>
        <translation>Shifra %1</translation>
    </message>
    <message>
        <source>Capital %1</source>
        <translation>%1 e madhe</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Caps</source>
        <translation>Caps</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Pastro</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Mbyll</translation>
    </message>
    <message>
        <source>Caps Lock</source>
        <translation>Caps Lock</translation>
    </message>
    <message>
        <source>Close keyboard</source>
        <translation>Mbyll tastierën</translation>
    </message>
</context>
</TS>
