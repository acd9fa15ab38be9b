package se.kontaktman.gateway.pages;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import jakarta.servlet.http.HttpServletResponse;

/** A service's refusal of a page, as a page a person understands. */
@ControllerAdvice
class ErrorPages {

    @ExceptionHandler(Refused.class)
    String refused(Refused refused, Model model, HttpServletResponse response) {
        response.setStatus(refused.status());
        model.addAttribute("status", refused.status());
        model.addAttribute("heading", switch (refused.status()) {
            case 401 -> "Du behöver logga in igen";
            case 403 -> "Du har inte behörighet till den här sidan";
            case 400, 404 -> "Sidan finns inte";
            case 410 -> "Uppgiften finns inte längre";
            default -> "Något gick fel";
        });
        model.addAttribute("explanation", switch (refused.status()) {
            case 403, 410 -> Swedish.refusal(refused.rule(), refused.getMessage());
            // 400: an address no case or item could have (a mistyped link), not a failure to wait out.
            case 400, 404 -> "Ärendet eller uppgiften finns inte, eller har aldrig funnits. Kontrollera länken.";
            default -> "Försök igen om en stund. Kvarstår felet, kontakta din systemförvaltare.";
        });
        return "fel";
    }
}
