package se.kontaktman.identity.signin;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in form, in Swedish and accessible (labels, the error announced and tied to the
 * fields, visible focus), in place of the framework's English one. The field names are the
 * framework's ({@code username}, {@code password}), which {@link PasswordSignIn} also posts.
 */
@Controller
class SignInPage {

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String form(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        boolean failed = request.getParameter("error") != null;
        String error = failed ? """
                  <p class="error" id="fel" role="alert">Fel användarnamn eller lösenord. Försök igen.</p>
                """ : "";
        String describedBy = failed ? " aria-describedby=\"fel\" aria-invalid=\"true\"" : "";
        return """
                <!DOCTYPE html>
                <html lang="sv">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>Logga in – Kontaktman</title>
                  <style>
                    body { font-family: system-ui, Arial, sans-serif; color: #1b1b1b; margin: 0; line-height: 1.5; }
                    main { max-width: 26rem; margin: 2rem auto; padding: 1rem; }
                    label { display: block; font-weight: 600; margin: 1rem 0 0.25rem; }
                    input { width: 100%%; font: inherit; padding: 0.5rem; min-height: 44px; border: 2px solid #5c5c5c;
                            border-radius: 4px; box-sizing: border-box; }
                    button { margin-top: 1.25rem; font: inherit; font-weight: 600; padding: 0.65rem 1.1rem; min-height: 44px;
                             border: 2px solid #0b4f8a; background: #0b4f8a; color: #fff; border-radius: 4px; }
                    :focus-visible { outline: 3px solid #b35900; outline-offset: 2px; }
                    .error { color: #a30000; font-weight: 600; border-left: 6px solid #a30000; padding-left: 0.75rem; }
                  </style>
                </head>
                <body>
                <main>
                  <h1>Logga in på Kontaktman</h1>
                %s  <form method="post" action="/login">
                    <label for="username">Användar-id</label>
                    <input id="username" name="username" autocomplete="username" required%s>
                    <label for="password">Lösenord</label>
                    <input id="password" name="password" type="password" autocomplete="current-password" required%s>
                    <input type="hidden" name="_csrf" value="%s">
                    <button type="submit">Logga in</button>
                  </form>
                </main>
                </body>
                </html>
                """.formatted(error, describedBy, describedBy,
                csrf == null ? "" : HtmlUtils.htmlEscape(csrf.getToken()));
    }
}
