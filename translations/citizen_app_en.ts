<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Advice</name>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="12"/>
        <source>No connection to the municipality&apos;s server. Check your internet and try again.</source>
        <translation>No connection to the municipality&apos;s server. Check your internet and try again.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="17"/>
        <source>The municipality&apos;s server has a problem right now. Please try again later.</source>
        <translation>The municipality&apos;s server has a problem right now. Please try again later.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="21"/>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Your session has ended. Please sign in again.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="24"/>
        <source>You have sent as many photos as allowed in one day. They can be sent tomorrow.</source>
        <translation>You have sent as many photos as allowed in one day. They can be sent tomorrow.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="29"/>
        <source>Too many attempts. Please wait a few minutes and try again.</source>
        <translation>Too many attempts. Please wait a few minutes and try again.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="33"/>
        <source>This app is not allowed to send requests to this server (API key).</source>
        <translation>This app is not allowed to send requests to this server (API key).</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="37"/>
        <source>Not found on the municipality&apos;s server.</source>
        <translation>Not found on the municipality&apos;s server.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="38"/>
        <source>The server did not accept the request. Check the highlighted fields.</source>
        <translation>The server did not accept the request. Check the highlighted fields.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="41"/>
        <source>Something went wrong. Please try again.</source>
        <translation>Something went wrong. Please try again.</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../citizen_app/ui/catalogue_page.py" line="39"/>
        <source>What would you like to ask the municipality for?</source>
        <extracomment>the service the citizen chose</extracomment>
        <translation>What would you like to ask the municipality for?</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/catalogue_page.py" line="40"/>
        <source>Search services, e.g. water, light, certificate</source>
        <translation>Search services, e.g. water, light, certificate</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/catalogue_page.py" line="41"/>
        <source>Search services</source>
        <translation>Search services</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/catalogue_page.py" line="42"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/catalogue_page.py" line="43"/>
        <source>No service matches your search.</source>
        <translation>No service matches your search.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/catalogue_page.py" line="63"/>
        <source>Other services</source>
        <translation>Other services</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="88"/>
        <source>Your request has reached the municipality</source>
        <translation>Your request has reached the municipality</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="54"/>
        <source>Make another request</source>
        <extracomment>the citizen wants to make another request print the receipt on the system printer save the receipt as a PDF file saving files is for the citizen&apos;s own computer, not a shared kiosk</extracomment>
        <translation>Make another request</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="55"/>
        <source>Print the receipt</source>
        <translation>Print the receipt</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="56"/>
        <source>Save the receipt as PDF…</source>
        <translation>Save the receipt as PDF…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="69"/>
        <source>Your request is saved on this computer</source>
        <translation>Your request is saved on this computer</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="71"/>
        <source>No connection to the municipality right now</source>
        <translation>No connection to the municipality right now</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="73"/>
        <source>The municipality&apos;s server cannot take it right now</source>
        <translation>The municipality&apos;s server cannot take it right now</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="77"/>
        <source>It is in your outbox and will be sent by itself as soon as the server can be reached, even after you close and reopen the app. It will not be sent twice. You will get its number then.</source>
        <translation>It is in your outbox and will be sent by itself as soon as the server can be reached, even after you close and reopen the app. It will not be sent twice. You will get its number then.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="90"/>
        <source>Request number: %1</source>
        <translation>Request number: %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="92"/>
        <source>Keep this number: you can follow your request with it.</source>
        <translation>Keep this number: you can follow your request with it.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="95"/>
        <source>No tracking number yet</source>
        <translation>No tracking number yet</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="98"/>
        <source>The municipality received your request but gives no number for this service.</source>
        <translation>The municipality received your request but gives no number for this service.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="153"/>
        <source>Citizen (visible to staff only)</source>
        <extracomment>the request&apos;s new detail after an action</extracomment>
        <translation>Citizen (visible to staff only)</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="154"/>
        <source>The request</source>
        <translation>The request</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="155"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="156"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="158"/>
        <source>New status</source>
        <translation>New status</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="159"/>
        <source>Note to the citizen</source>
        <translation>Note to the citizen</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="160"/>
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="161"/>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="170"/>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="162"/>
        <source>Duplicate of</source>
        <translation>Duplicate of</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="163"/>
        <source>Expected by</source>
        <translation>Expected by</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="167"/>
        <source>Change status (Ctrl+Enter)</source>
        <translation>Change status (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="168"/>
        <source>Add internal note (Ctrl+Shift+N)</source>
        <translation>Add internal note (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="169"/>
        <source>Assign to me (Ctrl+M)</source>
        <translation>Assign to me (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="171"/>
        <source>Number of the original request</source>
        <translation>Number of the original request</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="172"/>
        <source>Mark as duplicate</source>
        <translation>Mark as duplicate</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="173"/>
        <source>Set expected date</source>
        <translation>Set expected date</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="178"/>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="226"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="228"/>
        <source>Expected by %1</source>
        <translation>Expected by %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="230"/>
        <source>Assigned to %1</source>
        <translation>Assigned to %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="232"/>
        <source>Duplicate of %1</source>
        <translation>Duplicate of %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="242"/>
        <source>Reported without a name.</source>
        <translation>Reported without a name.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="271"/>
        <source>Description: %1</source>
        <translation>Description: %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="273"/>
        <source>Place: %1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="284"/>
        <source>(internal) %1</source>
        <translation>(internal) %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="307"/>
        <source>Photo %1</source>
        <translation>Photo %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="314"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="338"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="351"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../citizen_app/ui/fields.py" line="73"/>
        <source>Not given</source>
        <extracomment>the citizen changed the answer (for the draft)</extracomment>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/fields.py" line="78"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/fields.py" line="141"/>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/fields.py" line="149"/>
        <source>Enter a number, for example 3 or ٣.</source>
        <translation>Enter a number, for example 3 or ٣.</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <location filename="../citizen_app/ui/kiosk/warning_dialog.py" line="37"/>
        <source>Continue</source>
        <extracomment>the visitor wants more time the visitor is done</extracomment>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/kiosk/warning_dialog.py" line="38"/>
        <source>Finish now</source>
        <translation>Finish now</translation>
    </message>
    <message numerus="yes">
        <location filename="../citizen_app/ui/kiosk/warning_dialog.py" line="45"/>
        <source>Are you still there? For your privacy, this session ends in %n second(s) and everything you entered is erased.</source>
        <translation>
            <numerusform>Are you still there? For your privacy, this session ends in %n second and everything you entered is erased.</numerusform>
            <numerusform>Are you still there? For your privacy, this session ends in %n seconds and everything you entered is erased.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../citizen_app/ui/main_window.py" line="224"/>
        <location filename="../citizen_app/ui/window_requests.py" line="87"/>
        <source>Municipal e-services</source>
        <extracomment>the demo server&apos;s address once it runs (to switch back to it)</extracomment>
        <translation>Municipal e-services</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/main_window.py" line="226"/>
        <source>Demo mode: a practice municipality on this computer. Requests go nowhere.</source>
        <translation>Demo mode: a practice municipality on this computer. Requests go nowhere.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/main_window.py" line="228"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/main_window.py" line="229"/>
        <source>My requests</source>
        <translation>My requests</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/main_window.py" line="230"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/main_window.py" line="233"/>
        <source>Drafts and outbox</source>
        <translation>Drafts and outbox</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/main_window.py" line="260"/>
        <source>Connecting to the municipality…</source>
        <translation>Connecting to the municipality…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/main_window.py" line="331"/>
        <source>No connection to the municipality. These are the services as of %1; what you send waits in the outbox until the connection returns.</source>
        <translation>No connection to the municipality. These are the services as of %1; what you send waits in the outbox until the connection returns.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/window_server.py" line="52"/>
        <source>No municipality&apos;s Open311 service answers at this address.</source>
        <translation>No municipality&apos;s Open311 service answers at this address.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/window_server.py" line="82"/>
        <source>Connected to %1.</source>
        <translation>Connected to %1.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/window_outbox.py" line="31"/>
        <source>A request from your outbox reached the municipality: number %1</source>
        <translation>A request from your outbox reached the municipality: number %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/window_outbox.py" line="46"/>
        <source>The drafts and outbox saved on this computer were damaged and could not be read. They were kept aside in %1 and the app started afresh. Check My requests to see what reached the municipality.</source>
        <translation>The drafts and outbox saved on this computer were damaged and could not be read. They were kept aside in %1 and the app started afresh. Check My requests to see what reached the municipality.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/window_outbox.py" line="62"/>
        <source>This service is not offered by the municipality&apos;s server right now.</source>
        <translation>This service is not offered by the municipality&apos;s server right now.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/window_requests.py" line="51"/>
        <source>No connection: as of %1</source>
        <translation>No connection: as of %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/window_requests.py" line="55"/>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/window_requests.py" line="75"/>
        <source>Request %1 is now: %2</source>
        <translation>Request %1 is now: %2</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/main_window.py" line="311"/>
        <source>Starting the demo municipality…</source>
        <translation>Starting the demo municipality…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/window_account.py" line="24"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/window_account.py" line="54"/>
        <source>Signed in. This computer cannot remember it: sign in again next time.</source>
        <translation>Signed in. This computer cannot remember it: sign in again next time.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/main_window.py" line="349"/>
        <source>Loading the form…</source>
        <translation>Loading the form…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/window_clerk.py" line="45"/>
        <source>Work queue</source>
        <translation>Work queue</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/window_clerk.py" line="46"/>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/window_kiosk.py" line="78"/>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/window_kiosk.py" line="164"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/window_kiosk.py" line="165"/>
        <source>PIN to close the kiosk:</source>
        <translation>PIN to close the kiosk:</translation>
    </message>
</context>
<context>
    <name>MyRequestsPage</name>
    <message>
        <location filename="../citizen_app/ui/my_requests_page.py" line="85"/>
        <source>My requests</source>
        <extracomment>the request number the citizen opened the citizen asked for a refresh</extracomment>
        <translation>My requests</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/my_requests_page.py" line="86"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/my_requests_page.py" line="93"/>
        <source>All requests</source>
        <translation>All requests</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/my_requests_page.py" line="94"/>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/my_requests_page.py" line="95"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/my_requests_page.py" line="96"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/my_requests_page.py" line="105"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/my_requests_page.py" line="106"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/my_requests_page.py" line="107"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/my_requests_page.py" line="108"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/my_requests_page.py" line="109"/>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/my_requests_page.py" line="112"/>
        <source>You have no requests yet.</source>
        <translation>You have no requests yet.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/my_requests_page.py" line="114"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message numerus="yes">
        <location filename="../citizen_app/ui/my_requests_page.py" line="152"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteTemplates</name>
    <message>
        <location filename="../citizen_app/ui/clerk/note_templates.py" line="10"/>
        <source>Your request has reached the responsible department and will be looked at soon.</source>
        <translation>Your request has reached the responsible department and will be looked at soon.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/note_templates.py" line="14"/>
        <source>Work on your request has started. We will tell you when it is done.</source>
        <translation>Work on your request has started. We will tell you when it is done.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/note_templates.py" line="17"/>
        <source>Your request is on hold for now because: … We will continue as soon as possible.</source>
        <translation>Your request is on hold for now because: … We will continue as soon as possible.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/note_templates.py" line="21"/>
        <source>Your request has been dealt with. If the problem is still there, you can reopen it.</source>
        <translation>Your request has been dealt with. If the problem is still there, you can reopen it.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/note_templates.py" line="25"/>
        <source>Your request is closed. Thank you for helping your municipality.</source>
        <translation>Your request is closed. Thank you for helping your municipality.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/note_templates.py" line="28"/>
        <source>We cannot carry out this request because: … For questions, call the municipality.</source>
        <translation>We cannot carry out this request because: … For questions, call the municipality.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/note_templates.py" line="33"/>
        <source>This problem was already reported; we follow it under another number.</source>
        <translation>This problem was already reported; we follow it under another number.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../citizen_app/ui/kiosk/keyboard.py" line="103"/>
        <source>Space</source>
        <extracomment>off until kiosk mode turns it on</extracomment>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/kiosk/keyboard.py" line="105"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/kiosk/keyboard.py" line="107"/>
        <source>Next field</source>
        <translation>Next field</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/kiosk/keyboard.py" line="110"/>
        <source>Arabic letters</source>
        <translation>Arabic letters</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/kiosk/keyboard.py" line="111"/>
        <source>Latin letters</source>
        <translation>Latin letters</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/kiosk/keyboard.py" line="112"/>
        <source>Digits</source>
        <translation>Digits</translation>
    </message>
</context>
<context>
    <name>OutboxFlow</name>
    <message>
        <location filename="../citizen_app/ui/outbox_flow.py" line="106"/>
        <source>Saved on this computer. Sending it to the municipality…</source>
        <extracomment>the form&apos;s own request waits in the outbox (reason code) an earlier request reached the server in the background: item id, SubmitResult the citizen chose a draft to continue: the Draft every delivery: the number, for plain Open311 servers that keep none for the citizen</extracomment>
        <translation>Saved on this computer. Sending it to the municipality…</translation>
    </message>
</context>
<context>
    <name>PhotosBox</name>
    <message>
        <location filename="../citizen_app/ui/photos_box.py" line="62"/>
        <source>Photos (optional)</source>
        <extracomment>the set of photos changed (for the draft) the prepared JPEGs, in the order chosen</extracomment>
        <translation>Photos (optional)</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/photos_box.py" line="65"/>
        <source>Up to %1 photos. They are made smaller before sending, to save your data.</source>
        <translation>Up to %1 photos. They are made smaller before sending, to save your data.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/photos_box.py" line="68"/>
        <source>Add photos…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/photos_box.py" line="69"/>
        <source>Remove the photos</source>
        <translation>Remove the photos</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/photos_box.py" line="70"/>
        <source>Sending photos: %p%</source>
        <translation>Sending photos: %p%</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/photos_box.py" line="73"/>
        <source>Sending photos</source>
        <translation>Sending photos</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/photos_box.py" line="77"/>
        <source>Choose photos</source>
        <translation>Choose photos</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/photos_box.py" line="77"/>
        <source>Pictures (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Pictures (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/photos_box.py" line="109"/>
        <source>One of the files is not a picture this app can read.</source>
        <translation>One of the files is not a picture this app can read.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/photos_box.py" line="128"/>
        <source>Photo %1</source>
        <translation>Photo %1</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_model.py" line="46"/>
        <source>Number</source>
        <extracomment>(field in the item, sort key on the server)</extracomment>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_model.py" line="47"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_model.py" line="48"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_model.py" line="49"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_model.py" line="50"/>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_model.py" line="51"/>
        <source>Expected by</source>
        <translation>Expected by</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_model.py" line="52"/>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="108"/>
        <source>Search: number, name, street, words…</source>
        <extracomment>the request number the clerk selected</extracomment>
        <translation>Search: number, name, street, words…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="109"/>
        <source>Search the requests</source>
        <translation>Search the requests</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="110"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="111"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="112"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="113"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="116"/>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="117"/>
        <source>Assigned to me</source>
        <translation>Assigned to me</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="117"/>
        <source>Not assigned</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="119"/>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="120"/>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="122"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="122"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="125"/>
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="128"/>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="143"/>
        <source>All services</source>
        <translation>All services</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="145"/>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message numerus="yes">
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="172"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../citizen_app/ui/receipt_actions.py" line="42"/>
        <source>Municipal e-services</source>
        <translation>Municipal e-services</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/receipt_actions.py" line="46"/>
        <source>Receipt for a request</source>
        <translation>Receipt for a request</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/receipt_actions.py" line="47"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/receipt_actions.py" line="48"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/receipt_actions.py" line="49"/>
        <source>Expected by</source>
        <translation>Expected by</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/receipt_actions.py" line="50"/>
        <source>Submitted by</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/receipt_actions.py" line="51"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/receipt_actions.py" line="52"/>
        <source>Keep this receipt to follow your request.</source>
        <translation>Keep this receipt to follow your request.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/receipt_actions.py" line="66"/>
        <source>No printer is available. Ask the staff for help.</source>
        <translation>No printer is available. Ask the staff for help.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/receipt_actions.py" line="78"/>
        <source>The receipt was sent to the printer.</source>
        <translation>The receipt was sent to the printer.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/receipt_actions.py" line="86"/>
        <source>Save the receipt</source>
        <translation>Save the receipt</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/receipt_actions.py" line="98"/>
        <source>Receipt saved: %1</source>
        <translation>Receipt saved: %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/receipt_actions.py" line="101"/>
        <source>Could not save the receipt.</source>
        <translation>Could not save the receipt.</translation>
    </message>
</context>
<context>
    <name>RequestDetailPage</name>
    <message>
        <location filename="../citizen_app/ui/request_detail_page.py" line="103"/>
        <source>What has happened so far</source>
        <extracomment>back to the list</extracomment>
        <translation>What has happened so far</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_detail_page.py" line="104"/>
        <source>Add a comment for the municipality</source>
        <translation>Add a comment for the municipality</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_detail_page.py" line="105"/>
        <source>Send comment</source>
        <translation>Send comment</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_detail_page.py" line="106"/>
        <source>The municipality says this is resolved</source>
        <translation>The municipality says this is resolved</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_detail_page.py" line="107"/>
        <source>Your rating</source>
        <translation>Your rating</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_detail_page.py" line="108"/>
        <source>Comment on the result (optional)</source>
        <translation>Comment on the result (optional)</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_detail_page.py" line="109"/>
        <source>Send my rating</source>
        <translation>Send my rating</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_detail_page.py" line="110"/>
        <source>Not solved? Tell us why</source>
        <translation>Not solved? Tell us why</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_detail_page.py" line="111"/>
        <source>Reopen the request</source>
        <translation>Reopen the request</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_detail_page.py" line="112"/>
        <source>Back to my requests</source>
        <translation>Back to my requests</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_detail_page.py" line="132"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_detail_page.py" line="135"/>
        <source>Expected by: %1</source>
        <translation>Expected by: %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_detail_page.py" line="138"/>
        <source>Place: %1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_detail_page.py" line="140"/>
        <source>Same as request %1</source>
        <translation>Same as request %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_detail_page.py" line="184"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_detail_page.py" line="192"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_detail_page.py" line="214"/>
        <source>Tell the municipality why the problem is not solved.</source>
        <translation>Tell the municipality why the problem is not solved.</translation>
    </message>
</context>
<context>
    <name>RequestFormPage</name>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="158"/>
        <source>The request</source>
        <extracomment>the SubmitResult once the server has the request the citizen goes back to the catalogue Confirm was pressed: a dict for the outbox (service, fields, attributes, key, photos) the draft this form saves into (a new one for each new form) the outbox item sent from this form, until its fate is known</extracomment>
        <translation>The request</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="159"/>
        <source>Describe the problem or what you need</source>
        <translation>Describe the problem or what you need</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="160"/>
        <location filename="../citizen_app/ui/request_form_page.py" line="231"/>
        <source>Address or place description</source>
        <translation>Address or place description</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="161"/>
        <source>Neighbourhood, street, nearest landmark</source>
        <translation>Neighbourhood, street, nearest landmark</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="162"/>
        <source>Coordinates (optional)</source>
        <translation>Coordinates (optional)</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="163"/>
        <source>Latitude, e.g. 31.53</source>
        <translation>Latitude, e.g. 31.53</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="164"/>
        <source>Longitude, e.g. 35.09</source>
        <translation>Longitude, e.g. 35.09</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="165"/>
        <source>How can the municipality reach you?</source>
        <translation>How can the municipality reach you?</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="166"/>
        <source>Report without my name</source>
        <translation>Report without my name</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="169"/>
        <source>Without your name and contact the municipality cannot ask you questions or tell you when the work is done; keep the request number to follow it.</source>
        <translation>Without your name and contact the municipality cannot ask you questions or tell you when the work is done; keep the request number to follow it.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="173"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="174"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="175"/>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="176"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="177"/>
        <location filename="../citizen_app/ui/request_form_page.py" line="291"/>
        <source>Back to services</source>
        <translation>Back to services</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="178"/>
        <source>Please check your request before sending it</source>
        <translation>Please check your request before sending it</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="180"/>
        <location filename="../citizen_app/ui/request_review.py" line="101"/>
        <source>Confirm and send</source>
        <translation>Confirm and send</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="182"/>
        <source>Review the request</source>
        <translation>Review the request</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_review.py" line="40"/>
        <source>Coordinates must be two numbers, e.g. 31.53 and 35.09.</source>
        <translation>Coordinates must be two numbers, e.g. 31.53 and 35.09.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_review.py" line="53"/>
        <source>Please give an address or a place description.</source>
        <translation>Please give an address or a place description.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_review.py" line="61"/>
        <source>Please correct the highlighted fields.</source>
        <translation>Please correct the highlighted fields.</translation>
    </message>
    <message numerus="yes">
        <location filename="../citizen_app/ui/request_form_page.py" line="271"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_review.py" line="103"/>
        <source>Edit the request</source>
        <translation>Edit the request</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="303"/>
        <source>Please wait: the photos are still being prepared.</source>
        <translation>Please wait: the photos are still being prepared.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="309"/>
        <source>Sending your request…</source>
        <translation>Sending your request…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="352"/>
        <source>The municipality did not accept this value.</source>
        <translation>The municipality did not accept this value.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../citizen_app/ui/settings_page.py" line="83"/>
        <source>Settings</source>
        <extracomment>a language code the citizen wants to sign out an address typed for the municipality&apos;s server (&quot;&quot; for the demo municipality)</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/settings_page.py" line="84"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/settings_page.py" line="85"/>
        <source>Municipality server</source>
        <translation>Municipality server</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/settings_page.py" line="86"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/settings_page.py" line="87"/>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/settings_page.py" line="88"/>
        <source>Use the demo municipality</source>
        <translation>Use the demo municipality</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/settings_page.py" line="102"/>
        <source>Enter the address of the municipality&apos;s server.</source>
        <translation>Enter the address of the municipality&apos;s server.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/settings_page.py" line="104"/>
        <source>This is not a web address. It looks like https://eservices.example.ps</source>
        <translation>This is not a web address. It looks like https://eservices.example.ps</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/settings_page.py" line="107"/>
        <source>Use an address that starts with https:// so that your password and details travel encrypted.</source>
        <translation>Use an address that starts with https:// so that your password and details travel encrypted.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/settings_page.py" line="114"/>
        <source>The demo municipality is in use. To reach your municipality, enter the address it publishes for this app.</source>
        <translation>The demo municipality is in use. To reach your municipality, enter the address it publishes for this app.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/settings_page.py" line="125"/>
        <source>Checking the server…</source>
        <translation>Checking the server…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/settings_page.py" line="145"/>
        <source>You are not signed in.</source>
        <translation>You are not signed in.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/settings_page.py" line="149"/>
        <source>Signed in as %1.</source>
        <translation>Signed in as %1.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/settings_page.py" line="152"/>
        <source>This computer has no usable password store, so you will need to sign in again next time.</source>
        <translation>This computer has no usable password store, so you will need to sign in again next time.</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <location filename="../citizen_app/ui/clerk/stats_page.py" line="90"/>
        <source>Statistics</source>
        <extracomment>the clerk wants the figures again</extracomment>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/stats_page.py" line="91"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/stats_page.py" line="92"/>
        <source>Export to CSV…</source>
        <translation>Export to CSV…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/stats_page.py" line="96"/>
        <source>Requests by status</source>
        <translation>Requests by status</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/stats_page.py" line="97"/>
        <source>Requests by service</source>
        <translation>Requests by service</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/stats_page.py" line="98"/>
        <source>Opened and resolved per week</source>
        <translation>Opened and resolved per week</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/stats_page.py" line="99"/>
        <source>Median hours to resolve, by service</source>
        <translation>Median hours to resolve, by service</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/stats_page.py" line="111"/>
        <source>%1 requests | %2 overdue | median time to resolve: %3 hours</source>
        <translation>%1 requests | %2 overdue | median time to resolve: %3 hours</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/stats_page.py" line="121"/>
        <location filename="../citizen_app/ui/clerk/stats_page.py" line="129"/>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/stats_page.py" line="139"/>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/stats_page.py" line="140"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/stats_page.py" line="150"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/stats_page.py" line="194"/>
        <source>Export the statistics</source>
        <translation>Export the statistics</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/stats_page.py" line="194"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/stats_page.py" line="203"/>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/stats_page.py" line="205"/>
        <source>Could not save the file: %1</source>
        <translation>Could not save the file: %1</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../citizen_app/ui/statuses.py" line="10"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/statuses.py" line="11"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/statuses.py" line="12"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/statuses.py" line="13"/>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/statuses.py" line="14"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/statuses.py" line="15"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/statuses.py" line="16"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/statuses.py" line="17"/>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/statuses.py" line="18"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/statuses.py" line="25"/>
        <source>Your comment</source>
        <translation>Your comment</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/statuses.py" line="26"/>
        <source>Photo added</source>
        <translation>Photo added</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/statuses.py" line="27"/>
        <source>Your rating</source>
        <translation>Your rating</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/statuses.py" line="28"/>
        <source>Expected date set</source>
        <translation>Expected date set</translation>
    </message>
</context>
<context>
    <name>UnsentPage</name>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="72"/>
        <source>Drafts and outbox</source>
        <extracomment>a draft id to continue a draft id to throw away an outbox item id to try again now an outbox item id to cancel (unsent) or clear from the list (sent)</extracomment>
        <translation>Drafts and outbox</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="73"/>
        <source>Drafts: requests you started</source>
        <translation>Drafts: requests you started</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="74"/>
        <source>Outbox: requests on their way to the municipality</source>
        <translation>Outbox: requests on their way to the municipality</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="75"/>
        <source>No drafts. What you type in a form is kept here.</source>
        <translation>No drafts. What you type in a form is kept here.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="76"/>
        <source>Nothing is waiting to be sent.</source>
        <translation>Nothing is waiting to be sent.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="77"/>
        <source>Continue the draft</source>
        <translation>Continue the draft</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="78"/>
        <source>Delete the draft</source>
        <translation>Delete the draft</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="79"/>
        <source>Try again now</source>
        <translation>Try again now</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="94"/>
        <source>%1 — saved %2</source>
        <translation>%1 — saved %2</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="124"/>
        <source>Sent. Request number: %1</source>
        <translation>Sent. Request number: %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="125"/>
        <source>Sent.</source>
        <translation>Sent.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="127"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="130"/>
        <source>Not sent: sign in again, then try again.</source>
        <translation>Not sent: sign in again, then try again.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="132"/>
        <source>Not sent: this app is not allowed to send requests to this server.</source>
        <translation>Not sent: this app is not allowed to send requests to this server.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="137"/>
        <source>Not sent: the municipality did not accept it (the service may have changed). Try again, or cancel it and make a new request.</source>
        <translation>Not sent: the municipality did not accept it (the service may have changed). Try again, or cancel it and make a new request.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="142"/>
        <source>Waiting for a connection. It will be sent by itself.</source>
        <translation>Waiting for a connection. It will be sent by itself.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="143"/>
        <source>The server is busy. It will be sent by itself a little later.</source>
        <translation>The server is busy. It will be sent by itself a little later.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="145"/>
        <source>The server has a problem. It will be sent by itself a little later.</source>
        <translation>The server has a problem. It will be sent by itself a little later.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="147"/>
        <source>Received. Waiting for the municipality to number it.</source>
        <translation>Received. Waiting for the municipality to number it.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="148"/>
        <source>Waiting to be sent.</source>
        <translation>Waiting to be sent.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="180"/>
        <source>Remove from the list</source>
        <translation>Remove from the list</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="182"/>
        <source>Cancel sending</source>
        <translation>Cancel sending</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="101"/>
        <source>Welcome to your municipality&apos;s e-services</source>
        <extracomment>the citizen is signed in (user dict) or chose to continue without an account (None) a request number to look up (no account needed)</extracomment>
        <translation>Welcome to your municipality&apos;s e-services</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="102"/>
        <source>I have an account</source>
        <translation>I have an account</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="103"/>
        <source>E-mail or mobile phone</source>
        <translation>E-mail or mobile phone</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="104"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="105"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="106"/>
        <source>Create an account</source>
        <translation>Create an account</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="108"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="109"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="110"/>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="111"/>
        <source>Password (at least 8 characters)</source>
        <translation>Password (at least 8 characters)</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="112"/>
        <source>ID number (optional)</source>
        <translation>ID number (optional)</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="116"/>
        <source>Create the account</source>
        <translation>Create the account</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="117"/>
        <source>Continue without an account</source>
        <translation>Continue without an account</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="120"/>
        <source>Without an account you can still submit requests; keep their numbers to follow them.</source>
        <translation>Without an account you can still submit requests; keep their numbers to follow them.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="138"/>
        <source>Follow a request by its number:</source>
        <translation>Follow a request by its number:</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="140"/>
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="141"/>
        <source>Request number</source>
        <translation>Request number</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="157"/>
        <source>Enter your e-mail or phone and your password.</source>
        <translation>Enter your e-mail or phone and your password.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="159"/>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="169"/>
        <source>Enter your name, an e-mail or a phone, and a password of 8 characters or more.</source>
        <translation>Enter your name, an e-mail or a phone, and a password of 8 characters or more.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="188"/>
        <source>Creating your account…</source>
        <translation>Creating your account…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="204"/>
        <source>The e-mail, phone or password is not right.</source>
        <translation>The e-mail, phone or password is not right.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="207"/>
        <source>An account with this e-mail or phone already exists. Sign in instead.</source>
        <translation>An account with this e-mail or phone already exists. Sign in instead.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="213"/>
        <source>The ID number is not valid. Check its nine digits.</source>
        <translation>The ID number is not valid. Check its nine digits.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="215"/>
        <source>The e-mail address is not valid.</source>
        <translation>The e-mail address is not valid.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="217"/>
        <source>The phone number is not valid.</source>
        <translation>The phone number is not valid.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="219"/>
        <source>The password must have at least 8 characters.</source>
        <translation>The password must have at least 8 characters.</translation>
    </message>
</context>
</TS>
