package se.kontaktman.gateway.pages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Where the provider sends the browser after signing out. */
@Controller
class SignedOutPage {

    @GetMapping("/utloggad")
    String signedOut() {
        return "utloggad";
    }
}
