<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountPage</name>
    <message>
        <source>My account</source>
        <extracomment>the profile as the server now has it the account was deleted: sign out here</extracomment>
        <translation>My account</translation>
    </message>
    <message>
        <source>My details</source>
        <translation>My details</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <source>Save my details</source>
        <translation>Save my details</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <source>Confirmed contact details</source>
        <translation>Confirmed contact details</translation>
    </message>
    <message>
        <source>Where I am signed in</source>
        <translation>Where I am signed in</translation>
    </message>
    <message>
        <source>Sign out everywhere else</source>
        <translation>Sign out everywhere else</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>My data</translation>
    </message>
    <message>
        <source>Download a copy of my data…</source>
        <translation>Download a copy of my data…</translation>
    </message>
    <message>
        <source>Delete my account…</source>
        <translation>Delete my account…</translation>
    </message>
    <message>
        <source>Signed in %1, last active %2</source>
        <translation>Signed in %1, last active %2</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (this computer)</translation>
    </message>
    <message>
        <source>Write your name.</source>
        <translation>Write your name.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Your details were saved. Confirm the new address with the code we sent there (below).</source>
        <translation>Your details were saved. Confirm the new address with the code we sent there (below).</translation>
    </message>
    <message>
        <source>Your details were saved.</source>
        <translation>Your details were saved.</translation>
    </message>
    <message>
        <source>Your password was changed. You were signed out everywhere else.</source>
        <translation>Your password was changed. You were signed out everywhere else.</translation>
    </message>
    <message>
        <source>Save a copy of my data</source>
        <translation>Save a copy of my data</translation>
    </message>
    <message>
        <source>Preparing the copy…</source>
        <translation>Preparing the copy…</translation>
    </message>
    <message>
        <source>Saved in %1.</source>
        <translation>Saved in %1.</translation>
    </message>
    <message>
        <source>The copy could not be saved there. Choose another folder.</source>
        <translation>The copy could not be saved there. Choose another folder.</translation>
    </message>
    <message>
        <source>Delete my account</source>
        <translation>Delete my account</translation>
    </message>
    <message>
        <source>Your name, e-mail, mobile number, ID number and photos will be erased. Your requests stay with the municipality without your name. This cannot be undone.
Write your password to confirm:</source>
        <translation>Your name, e-mail, mobile number, ID number and photos will be erased. Your requests stay with the municipality without your name. This cannot be undone.
Write your password to confirm:</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Deleting…</translation>
    </message>
    <message>
        <source>This is not your password. Nothing was deleted.</source>
        <translation>This is not your password. Nothing was deleted.</translation>
    </message>
    <message>
        <source>Another account already uses this e-mail or number.</source>
        <translation>Another account already uses this e-mail or number.</translation>
    </message>
    <message>
        <source>Check the e-mail and the mobile number.</source>
        <translation>Check the e-mail and the mobile number.</translation>
    </message>
</context>
<context>
    <name>AdminWorkspace</name>
    <message>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Note templates</source>
        <translation>Note templates</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <source>The municipality&apos;s server pointed the app to another address, %1. Nothing was sent there. If that address is right, type it under Settings.</source>
        <translation>The municipality&apos;s server pointed the app to another address, %1. Nothing was sent there. If that address is right, type it under Settings.</translation>
    </message>
    <message>
        <source>The app sends nothing to %1: it is plain http:// to another computer, so passwords and personal details would travel unencrypted. Nothing was sent.</source>
        <translation>The app sends nothing to %1: it is plain http:// to another computer, so passwords and personal details would travel unencrypted. Nothing was sent.</translation>
    </message>
    <message>
        <source>%1 is not a web address the app can use. Nothing was sent.</source>
        <translation>%1 is not a web address the app can use. Nothing was sent.</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be verified, so nothing was sent. Ask the municipality&apos;s IT staff (they can run: citizen-app doctor).</source>
        <translation>The server&apos;s identity could not be verified, so nothing was sent. Ask the municipality&apos;s IT staff (they can run: citizen-app doctor).</translation>
    </message>
    <message>
        <source>This municipality asks you to confirm your e-mail or mobile number before sending a request. We send you a code; your request is kept as a draft and you can send it afterwards.</source>
        <translation>This municipality asks you to confirm your e-mail or mobile number before sending a request. We send you a code; your request is kept as a draft and you can send it afterwards.</translation>
    </message>
    <message>
        <source>No connection to the municipality&apos;s server. Check your internet and try again.</source>
        <translation>No connection to the municipality&apos;s server. Check your internet and try again.</translation>
    </message>
    <message>
        <source>The municipality&apos;s server has a problem right now. Please try again later.</source>
        <translation>The municipality&apos;s server has a problem right now. Please try again later.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Your session has ended. Please sign in again.</translation>
    </message>
    <message>
        <source>You have sent as many photos as allowed in one day. They can be sent tomorrow.</source>
        <translation>You have sent as many photos as allowed in one day. They can be sent tomorrow.</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a few minutes and try again.</source>
        <translation>Too many attempts. Please wait a few minutes and try again.</translation>
    </message>
    <message>
        <source>This app is not allowed to send requests to this server (API key).</source>
        <translation>This app is not allowed to send requests to this server (API key).</translation>
    </message>
    <message>
        <source>Not found on the municipality&apos;s server.</source>
        <translation>Not found on the municipality&apos;s server.</translation>
    </message>
    <message>
        <source>The server did not accept the request. Check the highlighted fields.</source>
        <translation>The server did not accept the request. Check the highlighted fields.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Something went wrong. Please try again.</translation>
    </message>
    <message>
        <source>This municipality takes requests only from signed-in citizens. Sign in or create an account; your request is kept as a draft and you can send it afterwards.</source>
        <translation>This municipality takes requests only from signed-in citizens. Sign in or create an account; your request is kept as a draft and you can send it afterwards.</translation>
    </message>
    <message>
        <source>Your other photos are still being sent. This one will follow.</source>
        <translation>Your other photos are still being sent. This one will follow.</translation>
    </message>
    <message>
        <source>The municipality asked to wait before more is sent from this connection. Please try again later, or sign in.</source>
        <translation>The municipality asked to wait before more is sent from this connection. Please try again later, or sign in.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Staff account created</source>
        <translation>Staff account created</translation>
    </message>
    <message>
        <source>Staff account changed</source>
        <translation>Staff account changed</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Calendar changed</source>
        <translation>Calendar changed</translation>
    </message>
    <message>
        <source>Catalogue imported</source>
        <translation>Catalogue imported</translation>
    </message>
    <message>
        <source>Department added</source>
        <translation>Department added</translation>
    </message>
    <message>
        <source>Department changed</source>
        <translation>Department changed</translation>
    </message>
    <message>
        <source>Service added</source>
        <translation>Service added</translation>
    </message>
    <message>
        <source>Service changed</source>
        <translation>Service changed</translation>
    </message>
    <message>
        <source>Municipality changed</source>
        <translation>Municipality changed</translation>
    </message>
    <message>
        <source>Logo changed</source>
        <translation>Logo changed</translation>
    </message>
    <message>
        <source>Note templates changed</source>
        <translation>Note templates changed</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <source>department %1</source>
        <translation>department %1</translation>
    </message>
    <message>
        <source>names</source>
        <translation>names</translation>
    </message>
    <message>
        <source>descriptions</source>
        <translation>descriptions</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>keywords</translation>
    </message>
    <message>
        <source>department</source>
        <translation>department</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>questions</translation>
    </message>
    <message>
        <source>in service</source>
        <translation>in service</translation>
    </message>
    <message>
        <source>visibility</source>
        <translation>visibility</translation>
    </message>
    <message>
        <source>target working days</source>
        <translation>target working days</translation>
    </message>
    <message>
        <source>needs a location</source>
        <translation>needs a location</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>order</source>
        <translation>order</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>contact line</source>
        <translation>contact line</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>time zone</translation>
    </message>
    <message>
        <source>request number prefix</source>
        <translation>request number prefix</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>a number at once</source>
        <translation>a number at once</translation>
    </message>
    <message>
        <source>a number later</source>
        <translation>a number later</translation>
    </message>
    <message>
        <source>public issue</source>
        <translation>public issue</translation>
    </message>
    <message>
        <source>private transaction</source>
        <translation>private transaction</translation>
    </message>
    <message>
        <source>Search by person, change or account</source>
        <translation>Search by person, change or account</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Showing the latest %1 of %2 changes.</source>
        <translation>Showing the latest %1 of %2 changes.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 entries</translation>
    </message>
</context>
<context>
    <name>Brand</name>
    <message>
        <source>Logo of %1</source>
        <extracomment>pixels the server&apos;s logo may declare (ours are at most 512×512) the server&apos;s profile arrived (or its kept copy): for receipts</extracomment>
        <translation>Logo of %1</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Weekly rest days</source>
        <translation>Weekly rest days</translation>
    </message>
    <message>
        <source>Holidays (service targets skip them)</source>
        <translation>Holidays (service targets skip them)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>Date of the holiday</source>
        <translation>Date of the holiday</translation>
    </message>
    <message>
        <source>Name, for example Eid al-Fitr</source>
        <translation>Name, for example Eid al-Fitr</translation>
    </message>
    <message>
        <source>Name of the holiday</source>
        <translation>Name of the holiday</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>Add holiday</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>Save the calendar</source>
        <translation>Save the calendar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>These are the server&apos;s first-run settings; nothing was saved here yet.</source>
        <translation>These are the server&apos;s first-run settings; nothing was saved here yet.</translation>
    </message>
    <message>
        <source>This date is already a holiday.</source>
        <translation>This date is already a holiday.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Not saved yet.</translation>
    </message>
    <message>
        <source>At least one day of the week must be a working day.</source>
        <translation>At least one day of the week must be a working day.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved. New requests&apos; expected dates follow it from now on.</source>
        <translation>Saved. New requests&apos; expected dates follow it from now on.</translation>
    </message>
    <message>
        <source>The server refused the calendar: check the dates.</source>
        <translation>The server refused the calendar: check the dates.</translation>
    </message>
</context>
<context>
    <name>CatalogueAdminPage</name>
    <message>
        <source>Departments and services</source>
        <translation>Departments and services</translation>
    </message>
    <message>
        <source>Show retired services</source>
        <translation>Show retired services</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibility</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>New department…</source>
        <translation>New department…</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>New service</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>In service</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Department saved.</source>
        <translation>Department saved.</translation>
    </message>
</context>
<context>
    <name>CatalogueChecks</name>
    <message>
        <source>Give a code.</source>
        <translation>Give a code.</translation>
    </message>
    <message>
        <source>A code has 1 to 50 Latin letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>A code has 1 to 50 Latin letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</translation>
    </message>
    <message>
        <source>This code is already used.</source>
        <translation>This code is already used.</translation>
    </message>
    <message>
        <source>Give the department&apos;s name in Arabic.</source>
        <translation>Give the department&apos;s name in Arabic.</translation>
    </message>
    <message>
        <source>Give the service&apos;s name in Arabic.</source>
        <translation>Give the service&apos;s name in Arabic.</translation>
    </message>
    <message>
        <source>Choose the department.</source>
        <translation>Choose the department.</translation>
    </message>
    <message>
        <source>Write the question in Arabic.</source>
        <translation>Write the question in Arabic.</translation>
    </message>
    <message>
        <source>A list question needs at least one value.</source>
        <translation>A list question needs at least one value.</translation>
    </message>
    <message>
        <source>Give the value&apos;s name in Arabic.</source>
        <translation>Give the value&apos;s name in Arabic.</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>What would you like to ask the municipality for?</source>
        <extracomment>the pause in typing after which the cards show the matches keys that leave the search for the matches: they are shown first the service the citizen chose the services could not be loaded and the citizen asks to try again</extracomment>
        <translation>What would you like to ask the municipality for?</translation>
    </message>
    <message>
        <source>Search services, e.g. water, light, certificate</source>
        <translation>Search services, e.g. water, light, certificate</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Search services</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>No service matches your search.</source>
        <translation>No service matches your search.</translation>
    </message>
    <message>
        <source>Try another word, or clear the search to see every service.</source>
        <translation>Try another word, or clear the search to see every service.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <source>The services could not be loaded</source>
        <translation>The services could not be loaded</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Loading the services…</source>
        <translation>Loading the services…</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>Other services</translation>
    </message>
</context>
<context>
    <name>ConfigCheck</name>
    <message>
        <source>(set, not shown)</source>
        <translation>(set, not shown)</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Checking %1</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>there is no such file</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>it is not a file</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>Problems found: %1. The app ignores each of these values.</source>
        <translation>Problems found: %1. The app ignores each of these values.</translation>
    </message>
    <message>
        <source>OK: the file is valid. Its settings:</source>
        <translation>OK: the file is valid. Its settings:</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
    <message>
        <source>New administrator PIN: </source>
        <translation>New administrator PIN: </translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <translation>The same PIN again: </translation>
    </message>
    <message>
        <source>The two PINs differ or are shorter than 4 characters.</source>
        <translation>The two PINs differ or are shorter than 4 characters.</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>Follow this request</source>
        <translation>Follow this request</translation>
    </message>
    <message>
        <source>Your request has reached the municipality</source>
        <translation>Your request has reached the municipality</translation>
    </message>
    <message>
        <source>Make another request</source>
        <extracomment>the citizen wants to make another request print the receipt on the system printer save the receipt as a PDF file open the request just sent (its number) saving files is for the citizen&apos;s own computer, not a shared kiosk</extracomment>
        <translation>Make another request</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Print the receipt</translation>
    </message>
    <message>
        <source>Save the receipt as PDF…</source>
        <translation>Save the receipt as PDF…</translation>
    </message>
    <message>
        <source>Your request is saved on this computer</source>
        <translation>Your request is saved on this computer</translation>
    </message>
    <message>
        <source>No connection to the municipality right now</source>
        <translation>No connection to the municipality right now</translation>
    </message>
    <message>
        <source>The municipality&apos;s server cannot take it right now</source>
        <translation>The municipality&apos;s server cannot take it right now</translation>
    </message>
    <message>
        <source>It is in your outbox and will be sent by itself as soon as the server can be reached, even after you close and reopen the app. It will not be sent twice. You will get its number then.</source>
        <translation>It is in your outbox and will be sent by itself as soon as the server can be reached, even after you close and reopen the app. It will not be sent twice. You will get its number then.</translation>
    </message>
    <message>
        <source>Request number: %1</source>
        <translation>Request number: %1</translation>
    </message>
    <message>
        <source>Keep this number: you can follow your request with it.</source>
        <translation>Keep this number: you can follow your request with it.</translation>
    </message>
    <message>
        <source>No tracking number yet</source>
        <translation>No tracking number yet</translation>
    </message>
    <message>
        <source>The municipality received your request but gives no number for this service.</source>
        <translation>The municipality received your request but gives no number for this service.</translation>
    </message>
    <message>
        <source>The municipality asked to wait before more requests are sent from here</source>
        <translation>The municipality asked to wait before more requests are sent from here</translation>
    </message>
</context>
<context>
    <name>ContactVerifyBox</name>
    <message>
        <source>E-mail</source>
        <extracomment>the address was confirmed: the profile as the server now has it</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <translation>Send me a code</translation>
    </message>
    <message>
        <source>Code (6 digits)</source>
        <translation>Code (6 digits)</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Send a code to my %1</source>
        <translation>Send a code to my %1</translation>
    </message>
    <message>
        <source>Code sent to my %1</source>
        <translation>Code sent to my %1</translation>
    </message>
    <message>
        <source>Confirm my %1</source>
        <translation>Confirm my %1</translation>
    </message>
    <message>
        <source>%1 is confirmed and still in use. The new %2 is waiting for its code.</source>
        <translation>%1 is confirmed and still in use. The new %2 is waiting for its code.</translation>
    </message>
    <message>
        <source>✔ %1 is confirmed.</source>
        <translation>✔ %1 is confirmed.</translation>
    </message>
    <message>
        <source>%1 is not confirmed yet: the municipality does not write to it until you type the code we send there.</source>
        <translation>%1 is not confirmed yet: the municipality does not write to it until you type the code we send there.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>A code is on its way to %1. It works once, for 10 minutes.</source>
        <translation>A code is on its way to %1. It works once, for 10 minutes.</translation>
    </message>
    <message>
        <source>The code has 6 digits.</source>
        <translation>The code has 6 digits.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Confirmed. Thank you.</source>
        <translation>Confirmed. Thank you.</translation>
    </message>
    <message>
        <source>The municipality cannot send codes this way at the moment. Please contact it, or confirm your other contact.</source>
        <translation>The municipality cannot send codes this way at the moment. Please contact it, or confirm your other contact.</translation>
    </message>
    <message>
        <source>This is already confirmed.</source>
        <translation>This is already confirmed.</translation>
    </message>
    <message>
        <source>Another account already uses this e-mail or number.</source>
        <translation>Another account already uses this e-mail or number.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The app carries on, but what you were doing may not have been finished: please try it again. If it happens again, give the municipality&apos;s IT staff the log file:</source>
        <translation>Something unexpected went wrong. The app carries on, but what you were doing may not have been finished: please try it again. If it happens again, give the municipality&apos;s IT staff the log file:</translation>
    </message>
    <message numerus="yes">
        <source>%n more errors since.</source>
        <translation>
            <numerusform>%n more error since.</numerusform>
            <numerusform>%n more errors since.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>Datatypes</name>
    <message>
        <source>Short text</source>
        <translation>Short text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Long text</source>
        <translation>Long text</translation>
    </message>
    <message>
        <source>One choice from a list</source>
        <translation>One choice from a list</translation>
    </message>
    <message>
        <source>Several choices from a list</source>
        <translation>Several choices from a list</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>New department</source>
        <translation>New department</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>No new status</source>
        <translation>No new status</translation>
    </message>
    <message>
        <source>Citizen (visible to staff only)</source>
        <translation>Citizen (visible to staff only)</translation>
    </message>
    <message>
        <source>Choose a request in the list to see it and act on it.</source>
        <extracomment>the request&apos;s new detail after an action</extracomment>
        <translation>Choose a request in the list to see it and act on it.</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>The request</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Duplicate of</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>Expected by</translation>
    </message>
    <message>
        <source>Change status (Ctrl+Enter)</source>
        <translation>Change status (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Assign to me (Ctrl+M)</source>
        <translation>Assign to me (Ctrl+M)</translation>
    </message>
    <message>
        <source>Number of the original request</source>
        <translation>Number of the original request</translation>
    </message>
    <message>
        <source>Mark as duplicate</source>
        <translation>Mark as duplicate</translation>
    </message>
    <message>
        <source>Set expected date</source>
        <translation>Set expected date</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Expected by %1</source>
        <translation>Expected by %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Assigned to %1</translation>
    </message>
    <message>
        <source>Duplicate of %1</source>
        <translation>Duplicate of %1</translation>
    </message>
    <message>
        <source>Reported without a name.</source>
        <translation>Reported without a name.</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Description: %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Note with the status change</source>
        <translation>Note with the status change</translation>
    </message>
    <message>
        <source>Note without a status change</source>
        <translation>Note without a status change</translation>
    </message>
    <message>
        <source>Who will read the note</source>
        <translation>Who will read the note</translation>
    </message>
    <message>
        <source>Who will read this note</source>
        <translation>Who will read this note</translation>
    </message>
    <message>
        <source>Add note (Ctrl+Shift+N)</source>
        <translation>Add note (Ctrl+Shift+N)</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>The demo municipality that the running app (process %1) started at %2 does not answer. The app starts it again by itself; if this lasts, close the app and open it again.</source>
        <translation>The demo municipality that the running app (process %1) started at %2 does not answer. The app starts it again by itself; if this lasts, close the app and open it again.</translation>
    </message>
    <message>
        <source>The demo municipality answers at %1 (started by the running app, process %2).</source>
        <translation>The demo municipality answers at %1 (started by the running app, process %2).</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>WARN</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>Passed: %1, warnings: %2, failed: %3.</source>
        <translation>Passed: %1, warnings: %2, failed: %3.</translation>
    </message>
    <message>
        <source>Site configuration</source>
        <translation>Site configuration</translation>
    </message>
    <message>
        <source>Problems found: %1 (citizen-app config check explains them): %2</source>
        <translation>Problems found: %1 (citizen-app config check explains them): %2</translation>
    </message>
    <message>
        <source>%1 is valid.</source>
        <translation>%1 is valid.</translation>
    </message>
    <message>
        <source>No site file at %1: the built-in defaults are used.</source>
        <translation>No site file at %1: the built-in defaults are used.</translation>
    </message>
    <message>
        <source>Arabic font</source>
        <translation>Arabic font</translation>
    </message>
    <message>
        <source>Shipped with the app: %1.</source>
        <translation>Shipped with the app: %1.</translation>
    </message>
    <message>
        <source>The app&apos;s own font is missing; the system&apos;s %1 will be used.</source>
        <translation>The app&apos;s own font is missing; the system&apos;s %1 will be used.</translation>
    </message>
    <message>
        <source>No font can show Arabic: every letter would be a box. Reinstall the app or install an Arabic font.</source>
        <translation>No font can show Arabic: every letter would be a box. Reinstall the app or install an Arabic font.</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>The receipt_printer %1 is not installed (installed: %2).</source>
        <translation>The receipt_printer %1 is not installed (installed: %2).</translation>
    </message>
    <message>
        <source>No printer installed: receipts can only be saved as PDF.</source>
        <translation>No printer installed: receipts can only be saved as PDF.</translation>
    </message>
    <message>
        <source>No default printer; installed: %1. Set one, or receipt_printer.</source>
        <translation>No default printer; installed: %1. Set one, or receipt_printer.</translation>
    </message>
    <message>
        <source>Receipts go to %1.</source>
        <translation>Receipts go to %1.</translation>
    </message>
    <message>
        <source>Password store (keyring)</source>
        <translation>Password store (keyring)</translation>
    </message>
    <message>
        <source>Not used: a kiosk keeps sign-ins in memory only.</source>
        <translation>Not used: a kiosk keeps sign-ins in memory only.</translation>
    </message>
    <message>
        <source>No usable password store on this computer: the app works, but citizens must sign in again each time.</source>
        <translation>No usable password store on this computer: the app works, but citizens must sign in again each time.</translation>
    </message>
    <message>
        <source>The password store is locked: sign-ins will not be remembered.</source>
        <translation>The password store is locked: sign-ins will not be remembered.</translation>
    </message>
    <message>
        <source>The password store did not answer within %1 s (an unlock prompt nobody answered?): sign-ins will not be remembered.</source>
        <translation>The password store did not answer within %1 s (an unlock prompt nobody answered?): sign-ins will not be remembered.</translation>
    </message>
    <message>
        <source>The password store refused (%1): sign-ins will not be remembered.</source>
        <translation>The password store refused (%1): sign-ins will not be remembered.</translation>
    </message>
    <message>
        <source>Usable (%1).</source>
        <translation>Usable (%1).</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>%1 is not writable: %2.</source>
        <translation>%1 is not writable: %2.</translation>
    </message>
    <message>
        <source>%1 is writable.</source>
        <translation>%1 is writable.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>No local database yet: nothing to send.</source>
        <translation>No local database yet: nothing to send.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); the app will set it aside and start a new one.</source>
        <translation>%1 cannot be read (%2); the app will set it aside and start a new one.</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1; stopped until the citizen acts in Drafts and outbox: %2.</source>
        <translation>Waiting to be sent: %1; stopped until the citizen acts in Drafts and outbox: %2.</translation>
    </message>
    <message>
        <source>Nothing waiting to be sent.</source>
        <translation>Nothing waiting to be sent.</translation>
    </message>
    <message>
        <source>Server reachable</source>
        <translation>Server reachable</translation>
    </message>
    <message>
        <source>No server configured: the app starts the demo municipality on this computer.</source>
        <translation>No server configured: the app starts the demo municipality on this computer.</translation>
    </message>
    <message>
        <source>%1 is refused: plain http:// to another computer, or not a web address.</source>
        <translation>%1 is refused: plain http:// to another computer, or not a web address.</translation>
    </message>
    <message>
        <source>The name %1 is not found (DNS). Check the address and the network.</source>
        <translation>The name %1 is not found (DNS). Check the address and the network.</translation>
    </message>
    <message>
        <source>%1 refuses the connection: nothing listens on that port.</source>
        <translation>%1 refuses the connection: nothing listens on that port.</translation>
    </message>
    <message>
        <source>%1 does not answer (a firewall, or no route to it).</source>
        <translation>%1 does not answer (a firewall, or no route to it).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2.</source>
        <translation>Cannot connect to %1: %2.</translation>
    </message>
    <message>
        <source>The proxy %1 answers (for %2).</source>
        <translation>The proxy %1 answers (for %2).</translation>
    </message>
    <message>
        <source>%1 answers.</source>
        <translation>%1 answers.</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS certificate</translation>
    </message>
    <message>
        <source>The TLS handshake failed (%1): is it really an https:// server?</source>
        <translation>The TLS handshake failed (%1): is it really an https:// server?</translation>
    </message>
    <message>
        <source>Valid for %1 until %2, issued by %3.</source>
        <translation>Valid for %1 until %2, issued by %3.</translation>
    </message>
    <message>
        <source>Trusted through ca_bundle %1.</source>
        <translation>Trusted through ca_bundle %1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired. The municipality must renew it.</source>
        <translation>The server&apos;s certificate has expired. The municipality must renew it.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet: check this computer&apos;s date and time.</source>
        <translation>The certificate is not valid yet: check this computer&apos;s date and time.</translation>
    </message>
    <message>
        <source>Wrong host name: the certificate is not made out to %1.</source>
        <translation>Wrong host name: the certificate is not made out to %1.</translation>
    </message>
    <message>
        <source>The certificate is not trusted (%1). If the municipality uses its own certificate authority, set ca_bundle to its PEM file.</source>
        <translation>The certificate is not trusted (%1). If the municipality uses its own certificate authority, set ca_bundle to its PEM file.</translation>
    </message>
    <message>
        <source>Open311 service</source>
        <translation>Open311 service</translation>
    </message>
    <message>
        <source>No Open311 discovery or service list answers at %1.</source>
        <translation>No Open311 discovery or service list answers at %1.</translation>
    </message>
    <message>
        <source>The server fails (HTTP %1).</source>
        <translation>The server fails (HTTP %1).</translation>
    </message>
    <message>
        <source>No answer from %1.</source>
        <translation>No answer from %1.</translation>
    </message>
    <message>
        <source>Endpoint %1 (%2): %3 services.</source>
        <translation>Endpoint %1 (%2): %3 services.</translation>
    </message>
    <message>
        <source>Extensions (/api/v1)</source>
        <translation>Extensions (/api/v1)</translation>
    </message>
    <message>
        <source>Not offered: a plain Open311 server. The app works without accounts and follows the requests made from this computer.</source>
        <translation>Not offered: a plain Open311 server. The app works without accounts and follows the requests made from this computer.</translation>
    </message>
    <message>
        <source>Announced at %1 but not answering as expected.</source>
        <translation>Announced at %1 but not answering as expected.</translation>
    </message>
    <message>
        <source>Available at %1: accounts, following requests, photos.</source>
        <translation>Available at %1: accounts, following requests, photos.</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>How was your visit today?</source>
        <extracomment>score -&gt; face colour; the mouth&apos;s shape tells them apart without colour too 1 not good, 2 acceptable, 3 good skipped, or no answer in time</extracomment>
        <translation>How was your visit today?</translation>
    </message>
    <message>
        <source>Your answer is anonymous: it helps the municipality improve its services.</source>
        <translation>Your answer is anonymous: it helps the municipality improve its services.</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Acceptable</translation>
    </message>
    <message>
        <source>Not good</source>
        <translation>Not good</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Not given</source>
        <extracomment>the citizen changed the answer (for the draft)</extracomment>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Enter a number, for example 3 or ٣.</source>
        <translation>Enter a number, for example 3 or ٣.</translation>
    </message>
</context>
<context>
    <name>FormPreview</name>
    <message>
        <source>Preview of the citizen&apos;s form</source>
        <translation>Preview of the citizen&apos;s form</translation>
    </message>
    <message>
        <source>Preview in %1</source>
        <translation>Preview in %1</translation>
    </message>
    <message>
        <source>The form then asks where: an address or a place on the map.</source>
        <translation>The form then asks where: an address or a place on the map.</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>week of %1</source>
        <translation>week of %1</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>One-time password</source>
        <translation>One-time password</translation>
    </message>
    <message>
        <source>Give this password to %1. It works once: at the first sign-in they must choose their own. It is not shown again.</source>
        <translation>Give this password to %1. It works once: at the first sign-in they must choose their own. It is not shown again.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Continue</source>
        <extracomment>the visitor wants more time the visitor is done</extracomment>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Finish now</source>
        <translation>Finish now</translation>
    </message>
    <message numerus="yes">
        <source>Are you still there? For your privacy, this session ends in %Ln second(s) and everything you entered is erased.</source>
        <translation>
            <numerusform>Are you still there? For your privacy, this session ends in %Ln second and everything you entered is erased.</numerusform>
            <numerusform>Are you still there? For your privacy, this session ends in %Ln seconds and everything you entered is erased.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Done, but this computer could not remember it for the next time.</source>
        <translation>Done, but this computer could not remember it for the next time.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <source>You are signed out, but this computer could not erase everything it kept of your session. The IT staff can see why in the app&apos;s log file.</source>
        <translation>You are signed out, but this computer could not erase everything it kept of your session. The IT staff can see why in the app&apos;s log file.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>This kiosk could not erase everything from the last visit. Please tell the staff.</source>
        <translation>This kiosk could not erase everything from the last visit. Please tell the staff.</translation>
    </message>
    <message>
        <source>This kiosk has no administrator PIN set up (admin_pin_hash in the site configuration); it closes when the computer shuts down.</source>
        <translation>This kiosk has no administrator PIN set up (admin_pin_hash in the site configuration); it closes when the computer shuts down.</translation>
    </message>
    <message>
        <source>Wrong PIN. PIN to close the kiosk:</source>
        <translation>Wrong PIN. PIN to close the kiosk:</translation>
    </message>
    <message>
        <source>The demo municipality stopped and could not be started again. Close the app and open it again.</source>
        <extracomment>(event, detail) from the keeper thread: delivered queued, on the GUI thread</extracomment>
        <translation>The demo municipality stopped and could not be started again. Close the app and open it again.</translation>
    </message>
    <message>
        <source>The demo municipality had stopped; it has been started again. If what you just did did not go through, please do it again.</source>
        <translation>The demo municipality had stopped; it has been started again. If what you just did did not go through, please do it again.</translation>
    </message>
    <message>
        <source>Municipal e-services</source>
        <extracomment>the catalogue is shown: how many services, and whether it is a kept (offline) copy the municipality could not be reached or none is set up; the text the window shows
----------
a load failed or the municipality cannot be reached: the text the window shows notifications given in this session (status changes, late deliveries)</extracomment>
        <translation>Municipal e-services</translation>
    </message>
    <message>
        <source>Demo mode: a practice municipality on this computer. Requests go nowhere.</source>
        <translation>Demo mode: a practice municipality on this computer. Requests go nowhere.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>My requests</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Drafts and outbox</source>
        <translation>Drafts and outbox</translation>
    </message>
    <message>
        <source>Connecting to the municipality…</source>
        <extracomment>the server&apos;s endpoint is known (found, or the kept copy when offline) the session kept in the keyring was restored: the user, or None (nobody signed in) the catalogue was loaded (the list of Service) the catalogue is shown: how many services, and whether it is a kept (offline) copy the services of the catalogue last loaded</extracomment>
        <translation>Connecting to the municipality…</translation>
    </message>
    <message>
        <source>No connection to the municipality. These are the services as of %1; what you send waits in the outbox until the connection returns.</source>
        <translation>No connection to the municipality. These are the services as of %1; what you send waits in the outbox until the connection returns.</translation>
    </message>
    <message>
        <source>No municipality server is set up on this computer. Type your municipality&apos;s address under Settings, or ask your IT staff to set server_url in %1.</source>
        <extracomment>the server is about to change: what is on its way from the old one must be dropped another server answered and is in use now (True: the demo municipality)</extracomment>
        <translation>No municipality server is set up on this computer. Type your municipality&apos;s address under Settings, or ask your IT staff to set server_url in %1.</translation>
    </message>
    <message>
        <source>No municipality&apos;s Open311 service answers at this address.</source>
        <translation>No municipality&apos;s Open311 service answers at this address.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connected to %1.</translation>
    </message>
    <message>
        <source>The app does not connect to %1: it uses plain http:// to another computer, so passwords would travel unencrypted. Use an https:// address (or IT staff may allow plain http in the site configuration).</source>
        <translation>The app does not connect to %1: it uses plain http:// to another computer, so passwords would travel unencrypted. Use an https:// address (or IT staff may allow plain http in the site configuration).</translation>
    </message>
    <message>
        <source>The configured server address %1 is not a web address.</source>
        <translation>The configured server address %1 is not a web address.</translation>
    </message>
    <message>
        <source>A request from your outbox reached the municipality: number %1</source>
        <translation>A request from your outbox reached the municipality: number %1</translation>
    </message>
    <message>
        <source>The drafts and outbox saved on this computer were damaged and could not be read. They were kept aside in %1 and the app started afresh. Check My requests to see what reached the municipality.</source>
        <translation>The drafts and outbox saved on this computer were damaged and could not be read. They were kept aside in %1 and the app started afresh. Check My requests to see what reached the municipality.</translation>
    </message>
    <message>
        <source>This service is not offered by the municipality&apos;s server right now.</source>
        <translation>This service is not offered by the municipality&apos;s server right now.</translation>
    </message>
    <message>
        <source>No connection: as of %1</source>
        <translation>No connection: as of %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>Request %1 is now: %2</source>
        <translation>Request %1 is now: %2</translation>
    </message>
    <message>
        <source>Starting the demo municipality…</source>
        <translation>Starting the demo municipality…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Signed in. This computer cannot remember it: sign in again next time.</source>
        <extracomment>someone signed in (the user), or went on without an account (None) the person signed out (or left): the window shows nothing of theirs any more the signed-in person&apos;s details changed (the header shows the new name)</extracomment>
        <translation>Signed in. This computer cannot remember it: sign in again next time.</translation>
    </message>
    <message>
        <source>Loading the form…</source>
        <translation>Loading the form…</translation>
    </message>
    <message>
        <source>Work queue</source>
        <translation>Work queue</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Finish</source>
        <extracomment>a visitor chose a language on the start screen (the language code) the visitor&apos;s session is being erased: whatever is not a page forgets them now the session began or ended: the navigation shows other buttons</extracomment>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>PIN to close the kiosk:</source>
        <translation>PIN to close the kiosk:</translation>
    </message>
</context>
<context>
    <name>MapBox</name>
    <message>
        <source>Map: click to mark the place</source>
        <extracomment>the citizen marked a place on the map: latitude, longitude the citizen removed the mark</extracomment>
        <translation>Map: click to mark the place</translation>
    </message>
    <message>
        <source>Map of the place</source>
        <translation>Map of the place</translation>
    </message>
    <message>
        <source>Arrow keys move the map, plus and minus zoom, Enter marks the centre. You can describe the place in the address field instead.</source>
        <translation>Arrow keys move the map, plus and minus zoom, Enter marks the centre. You can describe the place in the address field instead.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Remove the mark</source>
        <translation>Remove the mark</translation>
    </message>
    <message>
        <source>Map: %1</source>
        <translation>Map: %1</translation>
    </message>
    <message>
        <source>The map cannot be loaded now. Describe the place in the address field instead.</source>
        <translation>The map cannot be loaded now. Describe the place in the address field instead.</translation>
    </message>
</context>
<context>
    <name>MunicipalityPage</name>
    <message>
        <source>Name and contact line</source>
        <extracomment>as the server takes it (municipal_server/municipality.py) a preview is decoded under the same budget as any picture from elsewhere</extracomment>
        <translation>Name and contact line</translation>
    </message>
    <message>
        <source>Name of the municipality</source>
        <translation>Name of the municipality</translation>
    </message>
    <message>
        <source>Contact line (phone, address, hours)</source>
        <translation>Contact line (phone, address, hours)</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>Name of the municipality in %1</source>
        <translation>Name of the municipality in %1</translation>
    </message>
    <message>
        <source>Contact line in %1</source>
        <translation>Contact line in %1</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Time zone and request numbers</source>
        <translation>Time zone and request numbers</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Request number prefix</source>
        <translation>Request number prefix</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Logo preview</translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation>Choose a logo…</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Remove the logo</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 1 MB. Shown in the app&apos;s header, on receipts and in e-mails.</source>
        <translation>PNG or JPEG, at most 1 MB. Shown in the app&apos;s header, on receipts and in e-mails.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The time zone and prefix are the server&apos;s first-run settings; nothing was saved here yet.</source>
        <translation>The time zone and prefix are the server&apos;s first-run settings; nothing was saved here yet.</translation>
    </message>
    <message>
        <source>Request numbers read: %1</source>
        <translation>Request numbers read: %1</translation>
    </message>
    <message>
        <source>Fixed: requests already carry this prefix.</source>
        <translation>Fixed: requests already carry this prefix.</translation>
    </message>
    <message>
        <source>It can no longer change once the first request is made.</source>
        <translation>It can no longer change once the first request is made.</translation>
    </message>
    <message>
        <source>The Arabic name is required.</source>
        <translation>The Arabic name is required.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved. Every app shows it from its next start.</source>
        <translation>Saved. Every app shows it from its next start.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Pictures (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Only PNG and JPEG pictures can be the logo.</source>
        <translation>Only PNG and JPEG pictures can be the logo.</translation>
    </message>
    <message>
        <source>Sending the logo…</source>
        <translation>Sending the logo…</translation>
    </message>
    <message>
        <source>Logo saved.</source>
        <translation>Logo saved.</translation>
    </message>
    <message>
        <source>Logo removed.</source>
        <translation>Logo removed.</translation>
    </message>
    <message>
        <source>The logo file is too large: at most 1 MB.</source>
        <translation>The logo file is too large: at most 1 MB.</translation>
    </message>
    <message>
        <source>This file could not be read as a picture.</source>
        <translation>This file could not be read as a picture.</translation>
    </message>
    <message>
        <source>The request number prefix can no longer change: requests already carry it.</source>
        <translation>The request number prefix can no longer change: requests already carry it.</translation>
    </message>
    <message>
        <source>This time zone is not known. Choose one from the list, such as %1.</source>
        <translation>This time zone is not known. Choose one from the list, such as %1.</translation>
    </message>
    <message>
        <source>The prefix is 2 to 8 Latin capital letters or digits and starts with a letter, such as HEB.</source>
        <translation>The prefix is 2 to 8 Latin capital letters or digits and starts with a letter, such as HEB.</translation>
    </message>
    <message>
        <source>The logo is too large: at most 1 MB and 4 megapixels.</source>
        <translation>The logo is too large: at most 1 MB and 4 megapixels.</translation>
    </message>
    <message>
        <source>The server refused a field: check the texts for unusual characters.</source>
        <translation>The server refused a field: check the texts for unusual characters.</translation>
    </message>
</context>
<context>
    <name>MyRequestsPage</name>
    <message>
        <source>My requests</source>
        <extracomment>the request number the citizen opened the citizen asked for a refresh no requests yet, and the citizen wants to make one (to the catalogue)</extracomment>
        <translation>My requests</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>All requests</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>You have no requests yet.</source>
        <translation>You have no requests yet.</translation>
    </message>
    <message>
        <source>When you ask the municipality for a service, you can follow it here.</source>
        <translation>When you ask the municipality for a service, you can follow it here.</translation>
    </message>
    <message>
        <source>Ask for a service</source>
        <translation>Ask for a service</translation>
    </message>
    <message>
        <source>No request in this list.</source>
        <translation>No request in this list.</translation>
    </message>
    <message>
        <source>Show all requests</source>
        <translation>Show all requests</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Main navigation</source>
        <translation>Main navigation</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Current page</translation>
    </message>
</context>
<context>
    <name>NoteAudience</name>
    <message>
        <source>Staff only</source>
        <translation>Staff only</translation>
    </message>
    <message>
        <source>The citizen (and staff)</source>
        <translation>The citizen (and staff)</translation>
    </message>
    <message>
        <source>Everyone (public)</source>
        <translation>Everyone (public)</translation>
    </message>
    <message>
        <source>Only municipal staff will read this note. The citizen will not see it.</source>
        <translation>Only municipal staff will read this note. The citizen will not see it.</translation>
    </message>
    <message>
        <source>The citizen who made the request and municipal staff will read this note.</source>
        <translation>The citizen who made the request and municipal staff will read this note.</translation>
    </message>
    <message>
        <source>This service is private, so the note is never published.</source>
        <translation>This service is private, so the note is never published.</translation>
    </message>
    <message>
        <source>Everyone will be able to read this note: the citizen, staff, and anyone who reads the municipality&apos;s public list of requests. Write nothing personal.</source>
        <translation>Everyone will be able to read this note: the citizen, staff, and anyone who reads the municipality&apos;s public list of requests. Write nothing personal.</translation>
    </message>
    <message>
        <source>[Staff only]</source>
        <translation>[Staff only]</translation>
    </message>
    <message>
        <source>[To the citizen]</source>
        <translation>[To the citizen]</translation>
    </message>
    <message>
        <source>[Public]</source>
        <translation>[Public]</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Space</source>
        <extracomment>off until kiosk mode turns it on</extracomment>
        <translation>Space</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>Next field</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Arabic letters</source>
        <translation>Arabic letters</translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translation>Latin letters</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Digits</translation>
    </message>
</context>
<context>
    <name>OutboxFlow</name>
    <message>
        <source>Saved on this computer. Sending it to the municipality…</source>
        <extracomment>the form&apos;s own request waits in the outbox (reason code) an earlier request reached the server in the background: item id, SubmitResult the citizen chose a draft to continue: the Draft every delivery: the number, for plain Open311 servers that keep none for the citizen</extracomment>
        <translation>Saved on this computer. Sending it to the municipality…</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation>Choose a new password</translation>
    </message>
    <message>
        <source>You signed in with a one-time password. Choose your own password to go on.</source>
        <translation>You signed in with a one-time password. Choose your own password to go on.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password (at least 8 characters)</source>
        <translation>New password (at least 8 characters)</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>Write the password you signed in with.</source>
        <translation>Write the password you signed in with.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>The password must have at least 8 characters.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>The two new passwords are not the same.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation>This is not your current password.</translation>
    </message>
    <message>
        <source>Choose a password other than the current one.</source>
        <translation>Choose a password other than the current one.</translation>
    </message>
</context>
<context>
    <name>PasswordResetBox</name>
    <message>
        <source>Forgotten password</source>
        <extracomment>the password was changed (the login, to sign in with), or the citizen went back (&quot;&quot;)</extracomment>
        <translation>Forgotten password</translation>
    </message>
    <message>
        <source>Write the e-mail or mobile number you sign in with. We send a code there.</source>
        <translation>Write the e-mail or mobile number you sign in with. We send a code there.</translation>
    </message>
    <message>
        <source>E-mail or mobile number</source>
        <translation>E-mail or mobile number</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <translation>Send me a code</translation>
    </message>
    <message>
        <source>Code (6 digits)</source>
        <translation>Code (6 digits)</translation>
    </message>
    <message>
        <source>New password (at least 8 characters)</source>
        <translation>New password (at least 8 characters)</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Send a new code</translation>
    </message>
    <message>
        <source>Back to sign in</source>
        <translation>Back to sign in</translation>
    </message>
    <message>
        <source>Write your e-mail or mobile number.</source>
        <translation>Write your e-mail or mobile number.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>If %1 belongs to an account, a code is on its way there. It works once, for 10 minutes.</source>
        <translation>If %1 belongs to an account, a code is on its way there. It works once, for 10 minutes.</translation>
    </message>
    <message>
        <source>The code has 6 digits.</source>
        <translation>The code has 6 digits.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>The password must have at least 8 characters.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>The two new passwords are not the same.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>The code is wrong. Tries left: %1.</source>
        <translation>The code is wrong. Tries left: %1.</translation>
    </message>
    <message>
        <source>This code no longer works. Ask for a new one.</source>
        <translation>This code no longer works. Ask for a new one.</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>The photos could not be loaded: %1</source>
        <translation>The photos could not be loaded: %1</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Photo %1</translation>
    </message>
    <message>
        <source>This photo cannot be shown.</source>
        <translation>This photo cannot be shown.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
</context>
<context>
    <name>PhotosBox</name>
    <message>
        <source>Pictures</source>
        <translation>Pictures</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove photo %1</source>
        <translation>Remove photo %1</translation>
    </message>
    <message>
        <source>Photos (optional)</source>
        <extracomment>the set of photos changed (for the draft) the prepared JPEGs, in the order chosen their thumbnails (made on a worker: decoding a photo takes the GUI thread too long), None while one is being made</extracomment>
        <translation>Photos (optional)</translation>
    </message>
    <message>
        <source>Up to %1 photos. They are made smaller before sending, to save your data.</source>
        <translation>Up to %1 photos. They are made smaller before sending, to save your data.</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>Remove the photos</source>
        <translation>Remove the photos</translation>
    </message>
    <message>
        <source>Sending photos: %p%</source>
        <translation>Sending photos: %p%</translation>
    </message>
    <message>
        <source>Sending photos</source>
        <translation>Sending photos</translation>
    </message>
    <message>
        <source>Choose photos</source>
        <translation>Choose photos</translation>
    </message>
    <message>
        <source>One of the files is not a picture this app can read.</source>
        <translation>One of the files is not a picture this app can read.</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Photo %1</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Clear text</source>
        <translation>Clear text</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Questions, in the order the citizen reads them</source>
        <translation>Questions, in the order the citizen reads them</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Add question</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Remove question</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Question code</source>
        <translation>Question code</translation>
    </message>
    <message>
        <source>Kind of answer</source>
        <translation>Kind of answer</translation>
    </message>
    <message>
        <source>An answer is required</source>
        <translation>An answer is required</translation>
    </message>
    <message>
        <source>Information line (no answer)</source>
        <translation>Information line (no answer)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Help text</translation>
    </message>
    <message>
        <source>Values of the list (key and names)</source>
        <translation>Values of the list (key and names)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Add value</source>
        <translation>Add value</translation>
    </message>
    <message>
        <source>Remove value</source>
        <translation>Remove value</translation>
    </message>
    <message>
        <source>Information line</source>
        <translation>Information line</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Number</source>
        <extracomment>pages whose rows are kept (the view&apos;s screenful and its neighbours, several times over) shown in a row whose page was let go, until it is fetched again (field in the item, sort key on the server)</extracomment>
        <translation>Number</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>Expected by</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <extracomment>counts per status for the current filters (status aside), and the total shown a page could not be fetched (the error) a page arrived (for measurements and tests): the number of rows now loaded the first page of a new query arrived (the view fits its columns to it) one slot per row loaded so far: its data, or None when its page was let go the pages that keep their rows, the one used last at the end a page let go that the view asked for: fetched again once the scrolling pauses False until a clerk is signed in: sorting the empty view must not ask the server a refresh was asked for, or a row changed, while a fetch was on its way: once more</extracomment>
        <translation>%1, overdue</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Search: number, name, street, words…</source>
        <extracomment>the request number the clerk selected</extracomment>
        <translation>Search: number, name, street, words…</translation>
    </message>
    <message>
        <source>Search the requests</source>
        <translation>Search the requests</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Assigned to me</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>All services</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Municipal e-services</source>
        <translation>Municipal e-services</translation>
    </message>
    <message>
        <source>Receipt for a request</source>
        <translation>Receipt for a request</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>Expected by</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Keep this receipt to follow your request.</source>
        <translation>Keep this receipt to follow your request.</translation>
    </message>
    <message>
        <source>No printer is available. Ask the staff for help.</source>
        <translation>No printer is available. Ask the staff for help.</translation>
    </message>
    <message>
        <source>The receipt was sent to the printer.</source>
        <translation>The receipt was sent to the printer.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Save the receipt</translation>
    </message>
    <message>
        <source>Receipt saved: %1</source>
        <translation>Receipt saved: %1</translation>
    </message>
    <message>
        <source>Could not save the receipt.</source>
        <translation>Could not save the receipt.</translation>
    </message>
</context>
<context>
    <name>RequestDetailPage</name>
    <message>
        <source>What has happened so far</source>
        <extracomment>a photo&apos;s thumbnail, in pixels (decoded at this size on a worker thread) back to the list</extracomment>
        <translation>What has happened so far</translation>
    </message>
    <message>
        <source>Add a comment for the municipality</source>
        <translation>Add a comment for the municipality</translation>
    </message>
    <message>
        <source>Send comment</source>
        <translation>Send comment</translation>
    </message>
    <message>
        <source>The municipality says this is resolved</source>
        <translation>The municipality says this is resolved</translation>
    </message>
    <message>
        <source>Your rating</source>
        <translation>Your rating</translation>
    </message>
    <message>
        <source>Comment on the result (optional)</source>
        <translation>Comment on the result (optional)</translation>
    </message>
    <message>
        <source>Send my rating</source>
        <translation>Send my rating</translation>
    </message>
    <message>
        <source>Not solved? Tell us why</source>
        <translation>Not solved? Tell us why</translation>
    </message>
    <message>
        <source>Reopen the request</source>
        <translation>Reopen the request</translation>
    </message>
    <message>
        <source>Back to my requests</source>
        <translation>Back to my requests</translation>
    </message>
    <message>
        <source>Is the problem fixed?</source>
        <translation>Is the problem fixed?</translation>
    </message>
    <message>
        <source>Yes, it is fixed</source>
        <translation>Yes, it is fixed</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>If not: what is still wrong?</source>
        <translation>If not: what is still wrong?</translation>
    </message>
    <message>
        <source>No, it is not fixed</source>
        <translation>No, it is not fixed</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Expected by: %1</source>
        <translation>Expected by: %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <source>Same as request %1</source>
        <translation>Same as request %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Tell the municipality what is still wrong.</source>
        <translation>Tell the municipality what is still wrong.</translation>
    </message>
    <message>
        <source>Tell the municipality why the problem is not solved.</source>
        <translation>Tell the municipality why the problem is not solved.</translation>
    </message>
</context>
<context>
    <name>RequestFormPage</name>
    <message>
        <source>Your draft could not be kept on this computer (is the disk full?).</source>
        <translation>Your draft could not be kept on this computer (is the disk full?).</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>The request</translation>
    </message>
    <message>
        <source>Sign in to add photos to your request.</source>
        <extracomment>the SubmitResult once the server has the request the citizen goes back to the catalogue Confirm was pressed: a dict for the outbox (service, fields, attributes, key, photos) the server takes requests only from signed-in citizens and nobody is signed in the municipality wants a confirmed e-mail or mobile number before taking requests the draft this form saves into (a new one for each new form) the outbox item sent from this form, until its fate is known</extracomment>
        <translation>Sign in to add photos to your request.</translation>
    </message>
    <message>
        <source>Describe the problem or what you need</source>
        <translation>Describe the problem or what you need</translation>
    </message>
    <message>
        <source>Address or place description</source>
        <translation>Address or place description</translation>
    </message>
    <message>
        <source>Neighbourhood, street, nearest landmark</source>
        <translation>Neighbourhood, street, nearest landmark</translation>
    </message>
    <message>
        <source>Coordinates (optional)</source>
        <translation>Coordinates (optional)</translation>
    </message>
    <message>
        <source>Or mark the place on the map (optional)</source>
        <translation>Or mark the place on the map (optional)</translation>
    </message>
    <message>
        <source>Latitude, e.g. 31.53</source>
        <translation>Latitude, e.g. 31.53</translation>
    </message>
    <message>
        <source>Longitude, e.g. 35.09</source>
        <translation>Longitude, e.g. 35.09</translation>
    </message>
    <message>
        <source>How can the municipality reach you?</source>
        <extracomment>the citizen changed a contact field or the anonymous box</extracomment>
        <translation>How can the municipality reach you?</translation>
    </message>
    <message>
        <source>Report without my name</source>
        <translation>Report without my name</translation>
    </message>
    <message>
        <source>Without your name and contact the municipality cannot ask you questions or tell you when the work is done; keep the request number to follow it.</source>
        <translation>Without your name and contact the municipality cannot ask you questions or tell you when the work is done; keep the request number to follow it.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Back to services</source>
        <translation>Back to services</translation>
    </message>
    <message>
        <source>Please check your request before sending it</source>
        <translation>Please check your request before sending it</translation>
    </message>
    <message>
        <source>Confirm and send</source>
        <translation>Confirm and send</translation>
    </message>
    <message>
        <source>Review the request</source>
        <translation>Review the request</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s)</source>
        <translation>
            <numerusform>%Ln photo</numerusform>
            <numerusform>%Ln photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Coordinates must be two numbers, e.g. 31.53 and 35.09.</source>
        <translation>Coordinates must be two numbers, e.g. 31.53 and 35.09.</translation>
    </message>
    <message>
        <source>Please give an address or a place description.</source>
        <translation>Please give an address or a place description.</translation>
    </message>
    <message>
        <source>Please correct the highlighted fields.</source>
        <translation>Please correct the highlighted fields.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Edit the request</source>
        <translation>Edit the request</translation>
    </message>
    <message>
        <source>Please wait: the photos are still being prepared.</source>
        <translation>Please wait: the photos are still being prepared.</translation>
    </message>
    <message>
        <source>Sending your request…</source>
        <translation>Sending your request…</translation>
    </message>
    <message>
        <source>The municipality did not accept this value.</source>
        <translation>The municipality did not accept this value.</translation>
    </message>
</context>
<context>
    <name>ServiceEditor</name>
    <message>
        <source>Back to the catalogue</source>
        <translation>Back to the catalogue</translation>
    </message>
    <message>
        <source>The service</source>
        <translation>The service</translation>
    </message>
    <message>
        <source>How the citizen finds it</source>
        <translation>How the citizen finds it</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibility</translation>
    </message>
    <message>
        <source>Target (working days)</source>
        <translation>Target (working days)</translation>
    </message>
    <message>
        <source>Realtime: a request number at once</source>
        <translation>Realtime: a request number at once</translation>
    </message>
    <message>
        <source>Batch: a number later, by token</source>
        <translation>Batch: a number later, by token</translation>
    </message>
    <message>
        <source>Public issue (seen on the map, as a pothole)</source>
        <translation>Public issue (seen on the map, as a pothole)</translation>
    </message>
    <message>
        <source>Private transaction (as a certificate)</source>
        <translation>Private transaction (as a certificate)</translation>
    </message>
    <message>
        <source>The citizen gives the place</source>
        <translation>The citizen gives the place</translation>
    </message>
    <message>
        <source>In service (uncheck to retire it; its requests stay)</source>
        <translation>In service (uncheck to retire it; its requests stay)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Search words (comma between)</source>
        <translation>Search words (comma between)</translation>
    </message>
    <message>
        <source>Save the service</source>
        <translation>Save the service</translation>
    </message>
    <message>
        <source>Mistakes to correct</source>
        <translation>Mistakes to correct</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>New service</translation>
    </message>
    <message>
        <source>Version %1. Changing the questions makes a new version; requests made already keep theirs.</source>
        <translation>Version %1. Changing the questions makes a new version; requests made already keep theirs.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Leave the service without saving? What you changed here is lost.</source>
        <translation>Leave the service without saving? What you changed here is lost.</translation>
    </message>
    <message>
        <source>Not saved: correct the mistakes listed above.</source>
        <translation>Not saved: correct the mistakes listed above.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved (version %1). The citizens&apos; catalogue shows it now.</source>
        <translation>Saved (version %1). The citizens&apos; catalogue shows it now.</translation>
    </message>
    <message>
        <source>The server refused the service; nothing was saved.</source>
        <translation>The server refused the service; nothing was saved.</translation>
    </message>
    <message>
        <source>Question %1 (%2)</source>
        <translation>Question %1 (%2)</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Correct these before saving (Enter on one goes to its field):</source>
        <translation>Correct these before saving (Enter on one goes to its field):</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <extracomment>the profile field each way of being told needs a language code the look chosen: a theme (ui/theme.py&apos;s THEMES) and a text size in per cent the citizen wants to sign out the signed-in person wants their account page an address typed for the municipality&apos;s server (&quot;&quot; for the demo municipality) the citizen ticked or unticked a way to be told: {&quot;notify_email&quot;: True} and the like</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Municipality server</source>
        <translation>Municipality server</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Like the rest of this computer</source>
        <translation>Like the rest of this computer</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>My account…</source>
        <translation>My account…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Use the demo municipality</source>
        <translation>Use the demo municipality</translation>
    </message>
    <message>
        <source>When your request changes</source>
        <translation>When your request changes</translation>
    </message>
    <message>
        <source>Tell me by e-mail</source>
        <translation>Tell me by e-mail</translation>
    </message>
    <message>
        <source>Tell me by SMS</source>
        <translation>Tell me by SMS</translation>
    </message>
    <message>
        <source>Enter the address of the municipality&apos;s server.</source>
        <translation>Enter the address of the municipality&apos;s server.</translation>
    </message>
    <message>
        <source>This is not a web address. It looks like https://eservices.example.ps</source>
        <translation>This is not a web address. It looks like https://eservices.example.ps</translation>
    </message>
    <message>
        <source>Use an address that starts with https:// so that your password and details travel encrypted.</source>
        <translation>Use an address that starts with https:// so that your password and details travel encrypted.</translation>
    </message>
    <message>
        <source>The demo municipality is in use. To reach your municipality, enter the address it publishes for this app.</source>
        <translation>The demo municipality is in use. To reach your municipality, enter the address it publishes for this app.</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Checking the server…</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>You are not signed in.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Signed in as %1.</translation>
    </message>
    <message>
        <source>This computer has no usable password store, so you will need to sign in again next time.</source>
        <translation>This computer has no usable password store, so you will need to sign in again next time.</translation>
    </message>
    <message>
        <source>Your account has no mobile number, so SMS cannot be chosen.</source>
        <translation>Your account has no mobile number, so SMS cannot be chosen.</translation>
    </message>
    <message>
        <source>Your account has no e-mail address, so e-mail cannot be chosen.</source>
        <translation>Your account has no e-mail address, so e-mail cannot be chosen.</translation>
    </message>
    <message>
        <source>Your choices could not be loaded: %1 Open Settings again to retry.</source>
        <translation>Your choices could not be loaded: %1 Open Settings again to retry.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>A kiosk is already running with this data folder.</source>
        <extracomment>subcommands, each a module with main(argv) -&gt; exit code</extracomment>
        <translation>A kiosk is already running with this data folder.</translation>
    </message>
    <message>
        <source>The app is already open: its window is brought to the front.</source>
        <translation>The app is already open: its window is brought to the front.</translation>
    </message>
    <message>
        <source>The app is already open with this data folder.</source>
        <translation>The app is already open with this data folder.</translation>
    </message>
</context>
<context>
    <name>SiteConfig</name>
    <message>
        <source>&apos;time_zone&apos; is &apos;%1&apos; but must be an IANA time zone such as Asia/Hebron.</source>
        <translation>&apos;time_zone&apos; is &apos;%1&apos; but must be an IANA time zone such as Asia/Hebron.</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>text in quotes</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>a list of language codes, like [&quot;ar&quot;, &quot;en&quot;]</source>
        <translation>a list of language codes, like [&quot;ar&quot;, &quot;en&quot;]</translation>
    </message>
    <message>
        <source>This is not valid TOML (%1). Check quotes, brackets and the = sign.</source>
        <translation>This is not valid TOML (%1). Check quotes, brackets and the = sign.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>The file cannot be read: %1.</translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos;. Did you mean &apos;%2&apos;?</source>
        <translation>Unknown setting &apos;%1&apos;. Did you mean &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos;.</source>
        <translation>Unknown setting &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is read from the site configuration only, not from a user&apos;s file.</source>
        <translation>&apos;%1&apos; is read from the site configuration only, not from a user&apos;s file.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should be %2.</source>
        <translation>&apos;%1&apos; should be %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 but must be at least %3.</source>
        <translation>&apos;%1&apos; is %2 but must be at least %3.</translation>
    </message>
    <message>
        <source>&apos;languages&apos; must list one or more of ar, en, fr (not: %1).</source>
        <translation>&apos;languages&apos; must list one or more of ar, en, fr (not: %1).</translation>
    </message>
    <message>
        <source>&apos;language&apos; is &apos;%1&apos; but must be ar, en or fr.</source>
        <translation>&apos;language&apos; is &apos;%1&apos; but must be ar, en or fr.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 but must be at most %3.</source>
        <translation>&apos;%1&apos; is %2 but must be at most %3.</translation>
    </message>
    <message>
        <source>&apos;theme&apos; is &apos;%1&apos; but must be &quot;system&quot;, &quot;light&quot;, &quot;dark&quot; or &quot;high-contrast&quot;.</source>
        <translation>&apos;theme&apos; is &apos;%1&apos; but must be &quot;system&quot;, &quot;light&quot;, &quot;dark&quot; or &quot;high-contrast&quot;.</translation>
    </message>
    <message>
        <source>&apos;digits&apos; is &apos;%1&apos; but must be &quot;western&quot; or &quot;arabic-indic&quot;.</source>
        <translation>&apos;digits&apos; is &apos;%1&apos; but must be &quot;western&quot; or &quot;arabic-indic&quot;.</translation>
    </message>
    <message>
        <source>&apos;language&apos; is &apos;%1&apos;, which is not among the languages offered (%2).</source>
        <translation>&apos;language&apos; is &apos;%1&apos;, which is not among the languages offered (%2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is &apos;%2&apos;: the address must start with one of: %3.</source>
        <translation>&apos;%1&apos; is &apos;%2&apos;: the address must start with one of: %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is &apos;%2&apos;: this is not a web address with a host name.</source>
        <translation>&apos;%1&apos; is &apos;%2&apos;: this is not a web address with a host name.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses plain http:// to another computer, so passwords would travel unencrypted. Use https://, or set allow_plain_http = true in the site file.</source>
        <translation>&apos;%1&apos; uses plain http:// to another computer, so passwords would travel unencrypted. Use https://, or set allow_plain_http = true in the site file.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should name a system printer, or a thermal printer as escpos:/dev/usb/lp0 or escpos+tcp://host:9100 (%2).</source>
        <translation>&apos;%1&apos; should name a system printer, or a thermal printer as escpos:/dev/usb/lp0 or escpos+tcp://host:9100 (%2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must contain {z}, {x} and {y}, like https://tile.example/{z}/{x}/{y}.png</source>
        <translation>&apos;%1&apos; must contain {z}, {x} and {y}, like https://tile.example/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <source>&apos;ca_bundle&apos; names &apos;%1&apos;, but there is no such file.</source>
        <translation>&apos;ca_bundle&apos; names &apos;%1&apos;, but there is no such file.</translation>
    </message>
    <message>
        <source>&apos;ca_bundle&apos; names &apos;%1&apos;, which is not a PEM certificate file.</source>
        <translation>&apos;ca_bundle&apos; names &apos;%1&apos;, which is not a PEM certificate file.</translation>
    </message>
    <message>
        <source>&apos;admin_pin_hash&apos; is not a PIN hash made by the app. Make one with: citizen-app config pin-hash</source>
        <translation>&apos;admin_pin_hash&apos; is not a PIN hash made by the app. Make one with: citizen-app config pin-hash</translation>
    </message>
    <message>
        <source>&apos;idle_warning&apos; (%1 s) must be shorter than &apos;idle_timeout&apos; (%2 s).</source>
        <translation>&apos;idle_warning&apos; (%1 s) must be shorter than &apos;idle_timeout&apos; (%2 s).</translation>
    </message>
    <message>
        <source>Environment variable %1: %2</source>
        <translation>Environment variable %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>New staff account</source>
        <translation>New staff account</translation>
    </message>
    <message>
        <source>The whole municipality</source>
        <translation>The whole municipality</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Write the person&apos;s name.</source>
        <translation>Write the person&apos;s name.</translation>
    </message>
    <message>
        <source>Give an e-mail or a mobile number.</source>
        <translation>Give an e-mail or a mobile number.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Another account already uses this e-mail or number.</source>
        <translation>Another account already uses this e-mail or number.</translation>
    </message>
    <message>
        <source>You cannot take the administrator role from your own account.</source>
        <translation>You cannot take the administrator role from your own account.</translation>
    </message>
    <message>
        <source>This e-mail address is not valid.</source>
        <translation>This e-mail address is not valid.</translation>
    </message>
    <message>
        <source>This mobile number is not valid.</source>
        <translation>This mobile number is not valid.</translation>
    </message>
    <message>
        <source>This department is no longer in the catalogue.</source>
        <translation>This department is no longer in the catalogue.</translation>
    </message>
    <message>
        <source>Check this field.</source>
        <translation>Check this field.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail or mobile</source>
        <translation>E-mail or mobile</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>New staff account…</source>
        <translation>New staff account…</translation>
    </message>
    <message>
        <source>Change role or department…</source>
        <translation>Change role or department…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Waiting for a new password</source>
        <translation>Waiting for a new password</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>You cannot do this to your own account.</source>
        <translation>You cannot do this to your own account.</translation>
    </message>
    <message>
        <source>Deactivate %1? They are signed out at once and cannot sign in until the account is reactivated.</source>
        <translation>Deactivate %1? They are signed out at once and cannot sign in until the account is reactivated.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Give %1 a new one-time password? Their current password stops working and they are signed out everywhere.</source>
        <translation>Give %1 a new one-time password? Their current password stops working and they are signed out everywhere.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <source>Statistics</source>
        <extracomment>the clerk wants the figures again</extracomment>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Export to CSV…</translation>
    </message>
    <message>
        <source>Requests by status</source>
        <translation>Requests by status</translation>
    </message>
    <message>
        <source>Requests by service</source>
        <translation>Requests by service</translation>
    </message>
    <message>
        <source>Opened and resolved per week</source>
        <translation>Opened and resolved per week</translation>
    </message>
    <message>
        <source>Median hours to resolve, by service</source>
        <translation>Median hours to resolve, by service</translation>
    </message>
    <message>
        <source>%1 requests | %2 overdue | median time to resolve: %3 hours</source>
        <translation>%1 requests | %2 overdue | median time to resolve: %3 hours</translation>
    </message>
    <message>
        <source>Kiosk visitors: %1 good | %2 acceptable | %3 not good</source>
        <translation>Kiosk visitors: %1 good | %2 acceptable | %3 not good</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>Export the statistics</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>Could not save the file: %1</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Submitted</source>
        <extracomment>the server&apos;s statuses of a request, in the order a request goes through them</extracomment>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>Your comment</translation>
    </message>
    <message>
        <source>Photo added</source>
        <translation>Photo added</translation>
    </message>
    <message>
        <source>Your rating</source>
        <translation>Your rating</translation>
    </message>
    <message>
        <source>Expected date set</source>
        <translation>Expected date set</translation>
    </message>
</context>
<context>
    <name>StatusStepper</name>
    <message>
        <source>Now: %1</source>
        <extracomment>where an off-path status stands on the path</extracomment>
        <translation>Now: %1</translation>
    </message>
    <message>
        <source>Progress of the request: %1</source>
        <translation>Progress of the request: %1</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Statuses</source>
        <extracomment>statuses a clerk moves a request to with a note (&quot;submitted&quot; is where requests start)</extracomment>
        <translation>Statuses</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>Template in %1</source>
        <translation>Template in %1</translation>
    </message>
    <message>
        <source>Save the templates</source>
        <translation>Save the templates</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (edited)</translation>
    </message>
    <message>
        <source>The note a clerk starts from when the request becomes: %1</source>
        <translation>The note a clerk starts from when the request becomes: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Not saved yet.</translation>
    </message>
    <message>
        <source>A template may have at most 2000 characters.</source>
        <translation>A template may have at most 2000 characters.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved. Clerks get these templates at their next refresh.</source>
        <translation>Saved. Clerks get these templates at their next refresh.</translation>
    </message>
    <message>
        <source>The server refused a template: check it for unusual characters.</source>
        <translation>The server refused a template: check it for unusual characters.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>What has happened so far</source>
        <translation>What has happened so far</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>This photo cannot be shown.</source>
        <translation>This photo cannot be shown.</translation>
    </message>
</context>
<context>
    <name>UnsentPage</name>
    <message>
        <source>Drafts and outbox</source>
        <extracomment>a draft id to continue a draft id to throw away an outbox item id to try again now an outbox item id to cancel (unsent) or clear from the list (sent)</extracomment>
        <translation>Drafts and outbox</translation>
    </message>
    <message>
        <source>Drafts: requests you started</source>
        <translation>Drafts: requests you started</translation>
    </message>
    <message>
        <source>Outbox: requests on their way to the municipality</source>
        <translation>Outbox: requests on their way to the municipality</translation>
    </message>
    <message>
        <source>No drafts. What you type in a form is kept here.</source>
        <translation>No drafts. What you type in a form is kept here.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Nothing is waiting to be sent.</translation>
    </message>
    <message>
        <source>Continue the draft</source>
        <translation>Continue the draft</translation>
    </message>
    <message>
        <source>Delete the draft</source>
        <translation>Delete the draft</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>Try again now</translation>
    </message>
    <message>
        <source>%1 — saved %2</source>
        <translation>%1 — saved %2</translation>
    </message>
    <message>
        <source>Sent. Request number: %1</source>
        <translation>Sent. Request number: %1</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Sent.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Not sent: sign in again, then try again.</source>
        <translation>Not sent: sign in again, then try again.</translation>
    </message>
    <message>
        <source>Not sent: this app is not allowed to send requests to this server.</source>
        <translation>Not sent: this app is not allowed to send requests to this server.</translation>
    </message>
    <message>
        <source>Not sent: confirm your e-mail or mobile number first (My account), then try again.</source>
        <translation>Not sent: confirm your e-mail or mobile number first (My account), then try again.</translation>
    </message>
    <message>
        <source>Not sent: the municipality did not accept it (the service may have changed). Try again, or cancel it and make a new request.</source>
        <translation>Not sent: the municipality did not accept it (the service may have changed). Try again, or cancel it and make a new request.</translation>
    </message>
    <message>
        <source>Waiting for a connection. It will be sent by itself.</source>
        <translation>Waiting for a connection. It will be sent by itself.</translation>
    </message>
    <message>
        <source>The server is busy. It will be sent by itself a little later.</source>
        <translation>The server is busy. It will be sent by itself a little later.</translation>
    </message>
    <message>
        <source>The server has a problem. It will be sent by itself a little later.</source>
        <translation>The server has a problem. It will be sent by itself a little later.</translation>
    </message>
    <message>
        <source>Received. Waiting for the municipality to number it.</source>
        <translation>Received. Waiting for the municipality to number it.</translation>
    </message>
    <message>
        <source>Waiting to be sent.</source>
        <translation>Waiting to be sent.</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Remove from the list</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Cancel sending</translation>
    </message>
    <message>
        <source>The municipality asked to wait before more is sent from this connection. It will be sent by itself later; signing in may let it go sooner.</source>
        <translation>The municipality asked to wait before more is sent from this connection. It will be sent by itself later; signing in may let it go sooner.</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Confirm your e-mail and mobile number</source>
        <extracomment>the person goes on (confirmed or not) an address was confirmed: the profile as the server now has it</extracomment>
        <translation>Confirm your e-mail and mobile number</translation>
    </message>
    <message>
        <source>We sent a code to each address you gave. Type it here to confirm that the address is yours: the municipality tells you about your requests only at confirmed addresses, and they let you recover your password.</source>
        <translation>We sent a code to each address you gave. Type it here to confirm that the address is yours: the municipality tells you about your requests only at confirmed addresses, and they let you recover your password.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to the e-services of %1</source>
        <extracomment>the citizen is signed in (user dict) or chose to continue without an account (None) a new account was created and signed in (its profile, and the addresses a confirmation code was sent to): the app asks for the codes a request number to look up (no account needed) each field&apos;s error, shown under it until the field is changed</extracomment>
        <translation>Welcome to the e-services of %1</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>Enter your full name.</source>
        <translation>Enter your full name.</translation>
    </message>
    <message>
        <source>Enter an e-mail or a mobile phone number.</source>
        <translation>Enter an e-mail or a mobile phone number.</translation>
    </message>
    <message>
        <source>Welcome to your municipality&apos;s e-services</source>
        <translation>Welcome to your municipality&apos;s e-services</translation>
    </message>
    <message>
        <source>I have an account</source>
        <translation>I have an account</translation>
    </message>
    <message>
        <source>E-mail or mobile phone</source>
        <translation>E-mail or mobile phone</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>Forgot your password?</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Create an account</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>Password (at least 8 characters)</translation>
    </message>
    <message>
        <source>ID number (optional)</source>
        <translation>ID number (optional)</translation>
    </message>
    <message>
        <source>Create the account</source>
        <translation>Create the account</translation>
    </message>
    <message>
        <source>Continue without an account</source>
        <translation>Continue without an account</translation>
    </message>
    <message>
        <source>Without an account you can still submit requests; keep their numbers to follow them.</source>
        <translation>Without an account you can still submit requests; keep their numbers to follow them.</translation>
    </message>
    <message>
        <source>Follow a request by its number:</source>
        <translation>Follow a request by its number:</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>Request number</source>
        <translation>Request number</translation>
    </message>
    <message>
        <source>Your password was changed. Sign in with the new one.</source>
        <translation>Your password was changed. Sign in with the new one.</translation>
    </message>
    <message>
        <source>Enter your e-mail or phone and your password.</source>
        <translation>Enter your e-mail or phone and your password.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Creating your account…</translation>
    </message>
    <message>
        <source>The e-mail, phone or password is not right.</source>
        <translation>The e-mail, phone or password is not right.</translation>
    </message>
    <message>
        <source>An account with this e-mail or phone already exists. Sign in instead.</source>
        <translation>An account with this e-mail or phone already exists. Sign in instead.</translation>
    </message>
    <message>
        <source>The ID number is not valid. Check its nine digits.</source>
        <translation>The ID number is not valid. Check its nine digits.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>The e-mail address is not valid.</translation>
    </message>
    <message>
        <source>The phone number is not valid.</source>
        <translation>The phone number is not valid.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>The password must have at least 8 characters.</translation>
    </message>
</context>
</TS>
