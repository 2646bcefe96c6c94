// govuk-frontend ships JavaScript without type declarations; these cover the parts the app uses.
declare module 'govuk-frontend' {
  export class ErrorSummary {
    static readonly moduleName: string;
    constructor($root: Element, config?: { disableAutoFocus?: boolean });
  }
  export class NotificationBanner {
    static readonly moduleName: string;
    constructor($root: Element, config?: { disableAutoFocus?: boolean });
  }
  export class ServiceNavigation {
    static readonly moduleName: string;
    constructor($root: Element);
  }
  export class SkipLink {
    static readonly moduleName: string;
    constructor($root: Element);
  }
}
