/**
 * The few words of the handoff pages, in the widget's languages. These pages are
 * server-rendered without script (the phone has no widget yet), so they carry
 * their own small table instead of the widget's i18n bundles.
 */
const TEXT = {
  en: { title: "Continue on this phone", intro: "You're continuing your identity verification on this device. The link works once.", go: "Continue", refused: "This link has already been used or has expired. Go back to your computer and create a new one." },
  es: { title: "Continuar en este teléfono", intro: "Vas a continuar la verificación de identidad en este dispositivo. El enlace solo funciona una vez.", go: "Continuar", refused: "Este enlace ya se usó o ha caducado. Vuelve a tu ordenador y crea uno nuevo." },
  fr: { title: "Continuer sur ce téléphone", intro: "Vous poursuivez la vérification de votre identité sur cet appareil. Le lien ne fonctionne qu'une fois.", go: "Continuer", refused: "Ce lien a déjà été utilisé ou a expiré. Retournez sur votre ordinateur et créez-en un nouveau." },
  de: { title: "Auf diesem Telefon fortfahren", intro: "Sie setzen Ihre Identitätsprüfung auf diesem Gerät fort. Der Link funktioniert nur einmal.", go: "Weiter", refused: "Dieser Link wurde bereits verwendet oder ist abgelaufen. Gehen Sie zurück zu Ihrem Computer und erstellen Sie einen neuen." },
  "pt-BR": { title: "Continuar neste celular", intro: "Você está continuando a verificação de identidade neste aparelho. O link só funciona uma vez.", go: "Continuar", refused: "Este link já foi usado ou expirou. Volte ao computador e gere um novo." },
  ar: { title: "المتابعة على هذا الهاتف", intro: "أنت تتابع التحقق من هويتك على هذا الجهاز. يعمل الرابط مرة واحدة فقط.", go: "متابعة", refused: "تم استخدام هذا الرابط من قبل أو انتهت صلاحيته. عد إلى جهاز الكمبيوتر وأنشئ رابطًا جديدًا." },
} as const;

export type THandoffLocale = keyof typeof TEXT;
export type THandoffText = (typeof TEXT)[THandoffLocale];

/** The first supported language among `tags` (a `?locale=` value, then Accept-Language), else English. */
export function handoffText(tags: Array<string | undefined | null>): { lang: THandoffLocale; text: THandoffText } {
  const supported = Object.keys(TEXT) as THandoffLocale[];
  for (const raw of tags.flatMap((tag) => (tag ?? "").split(","))) {
    const tag = raw.split(";")[0]!.trim().toLowerCase();
    const lang = supported.find((s) => s.toLowerCase() === tag) ?? supported.find((s) => s === tag.split("-")[0]);
    if (lang) return { lang, text: TEXT[lang] };
  }
  return { lang: "en", text: TEXT.en };
}
